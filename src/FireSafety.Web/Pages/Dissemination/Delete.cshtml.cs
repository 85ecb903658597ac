using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>Deletes a dissemination session after a confirmation page (the audit trail keeps it).</summary>
[Authorize(Policy = Permissions.ManageTraining)]
public sealed class DeleteModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public DisseminationActivity? Activity { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Activity = await db.DisseminationActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (Activity is null)
        {
            return NotFound();
        }

        Version = Activity.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var activity = await db.DisseminationActivities.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        db.Entry(activity).Property(a => a.Version).OriginalValue = Version;
        db.DisseminationActivities.Remove(activity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s["Hoạt động vừa được người khác sửa; hãy xem lại trước khi xóa."]);
            return RedirectToPage("./Index");
        }

        TempData.Success(s["Đã xóa hoạt động tuyên truyền."]);
        return RedirectToPage("./Index");
    }
}

using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

/// <summary>Deletes a training record after a confirmation page (the audit trail keeps it).</summary>
[Authorize(Policy = Permissions.ManageTraining)]
public sealed class DeleteModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public TrainingRecord? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Record = await db.TrainingRecords.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (Record is null)
        {
            return NotFound();
        }

        Version = Record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var record = await db.TrainingRecords.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        db.Entry(record).Property(a => a.Version).OriginalValue = Version;
        db.TrainingRecords.Remove(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s["Hồ sơ vừa được người khác sửa; hãy xem lại trước khi xóa."]);
            return RedirectToPage("./Index");
        }

        TempData.Success(s["Đã xóa hồ sơ huấn luyện."]);
        return RedirectToPage("./Index");
    }
}

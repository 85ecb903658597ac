using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

[Authorize(Policy = Permissions.ManageTraining)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<ActivityInput> validator, IStringLocalizer<SharedResource> s, EvidenceUploads uploads)
    : ActivityFormModel(db, validator, s, uploads)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var activity = await Db.DisseminationActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        Input = ActivityInput.From(activity);
        CurrentEvidenceId = activity.EvidenceFileId;
        await LoadUnitsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's record is not found: the unit scope filter applies.
        var activity = await Db.DisseminationActivities.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        CurrentEvidenceId = activity.EvidenceFileId;
        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        Db.Entry(activity).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(activity);
        if (!await ApplyEvidenceAsync(activity, cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, ActivityInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu hoạt động tuyên truyền."]);
        return RedirectToPage("./Index");
    }
}

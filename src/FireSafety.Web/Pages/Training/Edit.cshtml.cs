using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

[Authorize(Policy = Permissions.ManageTraining)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<RecordInput> validator, IStringLocalizer<SharedResource> s)
    : RecordFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var record = await Db.TrainingRecords.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Input = RecordInput.From(record);
        await LoadUnitsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's record is not found: the unit scope filter applies.
        var record = await Db.TrainingRecords.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        Db.Entry(record).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(record);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, RecordInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu hồ sơ huấn luyện."]);
        return RedirectToPage("./Index");
    }
}

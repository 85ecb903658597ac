using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.RiskPoints;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<RiskPointInput> validator, IStringLocalizer<SharedResource> s)
    : RiskPointFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var point = await Db.RiskPoints.AsNoTracking().FirstOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (point is null)
        {
            return NotFound();
        }

        Input = RiskPointInput.From(point);
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's point is not found: the unit scope filter applies.
        var point = await Db.RiskPoints.FirstOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (point is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(cancellationToken) is not { } unitId)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        Db.Entry(point).Property(r => r.Version).OriginalValue = Input.Version;
        Input.ApplyTo(point);
        point.UnitId = unitId;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, RiskPointInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu điểm có nguy cơ cháy, nổ cao."]);
        return RedirectToPage("./Index");
    }
}

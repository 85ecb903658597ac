using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>Corrects a recorded drill; <c>{id}</c> is the drill's.</summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<DrillInput> validator, IStringLocalizer<SharedResource> s)
    : DrillFormModel(db, validator, s)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var drill = await Db.Drills.AsNoTracking().FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (drill is null || await PlanAsync(drill.PlanId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        Input = DrillInput.From(drill);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's drill is not found: the unit scope filter applies.
        var drill = await Db.Drills.FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (drill is null || await PlanAsync(drill.PlanId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        if (!await ValidateAsync(cancellationToken))
        {
            return Page();
        }

        Db.Entry(drill).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(drill);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, DrillInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            return Page();
        }

        TempData.Success(S["Đã lưu lần thực tập phương án."]);
        return RedirectToPage("../Details", new { id = plan.Id });
    }
}

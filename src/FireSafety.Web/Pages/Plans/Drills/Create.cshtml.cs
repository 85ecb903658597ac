using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>Records a drill of a plan; <c>{id}</c> is the plan's.</summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<DrillInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time)
    : DrillFormModel(db, validator, s)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await PlanAsync(Id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        Input.HeldOn = VietnamTime.Today(time);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's plan is not found: the unit scope filter applies.
        if (await PlanAsync(Id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        if (!await ValidateAsync(cancellationToken))
        {
            return Page();
        }

        var drill = new Drill { PlanId = plan.Id, UnitId = plan.UnitId };
        Input.ApplyTo(drill);
        Db.Drills.Add(drill);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã ghi nhận lần thực tập phương án."]);
        return RedirectToPage("../Details", new { id = plan.Id });
    }
}

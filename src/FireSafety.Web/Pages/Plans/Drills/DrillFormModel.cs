using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>What recording and editing a drill share: the bound input, the plan it belongs to, validation.</summary>
public abstract class DrillFormModel(FireSafetyDbContext db, IValidator<DrillInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DrillInput Input { get; set; } = new();

    public ResponsePlan Plan { get; protected set; } = null!;

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    /// <summary>The plan (revision) with its facility, or null when the user may not see it.</summary>
    protected Task<ResponsePlan?> PlanAsync(int planId, CancellationToken cancellationToken) =>
        db.ResponsePlans.AsNoTracking().Include(p => p.Facility).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);

    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        return ModelState.IsValid;
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities.Areas;

/// <summary>What Create and Edit share for an area.</summary>
public abstract class AreaFormModel(FireSafetyDbContext db, IValidator<AreaInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public int FacilityId { get; protected set; }

    public string FacilityName { get; protected set; } = string.Empty;

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        return ModelState.IsValid;
    }
}

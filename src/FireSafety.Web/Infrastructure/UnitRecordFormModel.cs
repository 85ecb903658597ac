using FireSafety.Core.Data;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Infrastructure;

/// <summary>A form whose record belongs to the unit the user picks.</summary>
public interface IUnitInput
{
    int? UnitId { get; }
}

/// <summary>
/// What the Create and Edit pages of a unit-owned register share: the bound input, the list of
/// units the user may see, validation with the scope check, and the concurrency conflict.
/// </summary>
public abstract class UnitRecordFormModel<TInput>(FireSafetyDbContext db, IValidator<TInput> validator, IStringLocalizer<SharedResource> s) : PageModel
    where TInput : class, IUnitInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task LoadUnitsAsync(CancellationToken cancellationToken) =>
        Units = await UnitOptions.ListAsync(db, Input.UnitId, cancellationToken: cancellationToken);

    /// <summary>Validates the form, and that the chosen unit is one the user may see.</summary>
    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (Input.UnitId is not null && !await db.Units.AnyAsync(u => u.Id == Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", s["Đơn vị không hợp lệ."]);
        }

        return ModelState.IsValid;
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FireSafety.Web.Pages.Equipment;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.RiskPoints;

/// <summary>What Create and Edit share: the bound input, the area list, validation with the scope check.</summary>
public abstract class RiskPointFormModel(FireSafetyDbContext db, IValidator<RiskPointInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public RiskPointInput Input { get; set; } = new();

    public List<SelectListItem> Areas { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task LoadListsAsync(CancellationToken cancellationToken) =>
        Areas = await EquipmentLabels.AreasAsync(db, Input.AreaId, cancellationToken);

    /// <summary>Validates the form; the area must be one the user may see. Returns the area's unit.</summary>
    protected async Task<int?> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        var area = Input.AreaId is null ? null : await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Input.AreaId, cancellationToken);
        if (Input.AreaId is not null && area is null)
        {
            ModelState.AddModelError("Input.AreaId", s["Khu vực không hợp lệ."]);
        }

        return ModelState.IsValid ? area?.UnitId : null;
    }
}

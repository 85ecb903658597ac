using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>What Create and Edit share: the bound input, the drop-downs, validation with scope and uniqueness checks.</summary>
public abstract class ItemFormModel(FireSafetyDbContext db, IValidator<ItemInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public List<SelectListItem> Areas { get; private set; } = [];

    public List<SelectListItem> Types { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Areas = await EquipmentLabels.AreasAsync(db, Input.AreaId, cancellationToken);
        Types = await EquipmentLabels.TypesAsync(db, Input.TypeId, cancellationToken);
    }

    /// <summary>
    /// Validates the form; the area must be one the user may see (its unit becomes the item's),
    /// the type must exist and the code must be new in that unit. Returns the area's unit and the type.
    /// </summary>
    protected async Task<(int UnitId, EquipmentType Type)?> ValidateAsync(int? itemId, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        var area = Input.AreaId is null ? null : await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Input.AreaId, cancellationToken);
        if (Input.AreaId is not null && area is null)
        {
            ModelState.AddModelError("Input.AreaId", s["Khu vực không hợp lệ."]);
        }

        var type = Input.TypeId is null ? null : await db.EquipmentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == Input.TypeId, cancellationToken);
        if (Input.TypeId is not null && type is null)
        {
            ModelState.AddModelError("Input.TypeId", s["Loại phương tiện không hợp lệ."]);
        }

        if (area is not null && !string.IsNullOrWhiteSpace(Input.Code))
        {
            var code = Input.Code.Trim();
            if (await db.EquipmentItems.AnyAsync(i => i.UnitId == area.UnitId && i.Code == code && i.Id != itemId, cancellationToken))
            {
                ModelState.AddModelError("Input.Code", s["Mã phương tiện đã có trong sổ của đơn vị."]);
            }
        }

        return ModelState.IsValid && area is not null && type is not null ? (area.UnitId, type) : null;
    }
}

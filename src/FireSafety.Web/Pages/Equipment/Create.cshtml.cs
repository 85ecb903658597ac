using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<ItemInput> validator, IStringLocalizer<SharedResource> s)
    : ItemFormModel(db, validator, s)
{
    public async Task OnGetAsync(int? areaId, CancellationToken cancellationToken)
    {
        Input.AreaId = areaId;
        await LoadListsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ValidateAsync(null, cancellationToken) is not var (unitId, type))
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var item = new EquipmentItem { UnitId = unitId };
        Input.ApplyTo(item);
        item.Recompute(type);
        Db.EquipmentItems.Add(item);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm phương tiện \"{0}\".", item.Code]);
        return RedirectToPage("./Details", new { id = item.Id });
    }
}

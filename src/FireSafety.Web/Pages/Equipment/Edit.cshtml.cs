using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<ItemInput> validator, IStringLocalizer<SharedResource> s)
    : ItemFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var item = await Db.EquipmentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Input = ItemInput.From(item);
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The unit scope filter makes another unit's item simply not found.
        var item = await Db.EquipmentItems.FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(item.Id, cancellationToken) is not var (unitId, type))
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        Db.Entry(item).Property(i => i.Version).OriginalValue = Input.Version;
        Input.ApplyTo(item);
        item.UnitId = unitId;
        item.Recompute(type);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, ItemInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu phương tiện \"{0}\".", item.Code]);
        return RedirectToPage("./Details", new { id = item.Id });
    }
}

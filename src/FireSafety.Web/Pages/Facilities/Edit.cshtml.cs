using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<FacilityInput> validator, IStringLocalizer<SharedResource> s)
    : FacilityFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var facility = await Db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Id, cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        Input = FacilityInput.From(facility);
        await LoadUnitsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The unit scope filter makes another unit's facility simply not found.
        var facility = await Db.Facilities.FirstOrDefaultAsync(f => f.Id == Id, cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        Db.Entry(facility).Property(f => f.Version).OriginalValue = Input.Version;
        var previousUnitId = facility.UnitId;
        Input.ApplyTo(facility);
        if (facility.UnitId != previousUnitId)
        {
            // Areas carry their facility's unit (for the scope filter): they move with it.
            foreach (var area in await Db.Areas.Where(a => a.FacilityId == facility.Id).ToListAsync(cancellationToken))
            {
                area.UnitId = facility.UnitId;
            }
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, FacilityInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu cơ sở \"{0}\".", facility.Name]);
        return RedirectToPage("./Details", new { id = facility.Id });
    }
}

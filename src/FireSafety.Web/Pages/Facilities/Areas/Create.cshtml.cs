using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities.Areas;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<AreaInput> validator, IStringLocalizer<SharedResource> s)
    : AreaFormModel(db, validator, s)
{
    public async Task<IActionResult> OnGetAsync(int facilityId, CancellationToken cancellationToken) =>
        await LoadFacilityAsync(facilityId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int facilityId, CancellationToken cancellationToken)
    {
        var facility = await LoadFacilityAsync(facilityId, cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(cancellationToken))
        {
            return Page();
        }

        // The unit always comes from the facility, never from the form.
        var area = new Area { FacilityId = facility.Id, UnitId = facility.UnitId };
        Input.ApplyTo(area);
        Db.Areas.Add(area);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm khu vực \"{0}\".", area.Name]);
        return RedirectToPage("../Details", new { id = facility.Id });
    }

    private async Task<Facility?> LoadFacilityAsync(int facilityId, CancellationToken cancellationToken)
    {
        var facility = await Db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == facilityId, cancellationToken);
        if (facility is not null)
        {
            FacilityId = facility.Id;
            FacilityName = facility.Name;
        }

        return facility;
    }
}

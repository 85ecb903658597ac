using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<FacilityInput> validator, IStringLocalizer<SharedResource> s, ICurrentUser currentUser)
    : FacilityFormModel(db, validator, s)
{
    public async Task OnGetAsync(int? unitId, CancellationToken cancellationToken)
    {
        Input.UnitId = unitId ?? currentUser.UnitId;
        await LoadUnitsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        var facility = new Facility();
        Input.ApplyTo(facility);
        Db.Facilities.Add(facility);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm cơ sở \"{0}\".", facility.Name]);
        return RedirectToPage("./Details", new { id = facility.Id });
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Facilities;

public sealed class DetailsModel(FireSafetyDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record FacilityView(int Id, string Name, string Address, string UnitName, int? Floors, int? AreaSquareMetres, bool IsManagedFacility, bool IsActive);

    public sealed record AreaRow(int Id, string Name, string? Floor, bool IsHighRisk, string? Note);

    public FacilityView Facility { get; private set; } = null!;

    public List<AreaRow> Areas { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FacilityView(f.Id, f.Name, f.Address, f.Unit!.Name, f.Floors, f.AreaSquareMetres, f.IsManagedFacility, f.IsActive))
            .FirstOrDefaultAsync(cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        Facility = facility;
        Areas = await db.Areas.AsNoTracking().Where(a => a.FacilityId == id).OrderBy(a => a.Floor).ThenBy(a => a.Name)
            .Select(a => new AreaRow(a.Id, a.Name, a.Floor, a.IsHighRisk, a.Note)).ToListAsync(cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditRegisters)).Succeeded;
        return Page();
    }
}

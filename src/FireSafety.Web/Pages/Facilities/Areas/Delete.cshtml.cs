using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities.Areas;

/// <summary>Deletes an area after a confirmation page.</summary>
[Authorize(Policy = Permissions.EditRegisters)]
public sealed class DeleteModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public string AreaName { get; private set; } = string.Empty;

    public string FacilityName { get; private set; } = string.Empty;

    public int FacilityId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().Include(a => a.Facility).FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        (AreaName, FacilityName, FacilityId, Version) = (area.Name, area.Facility?.Name ?? string.Empty, area.FacilityId, area.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        // Equipment and high-risk points keep their area (restrict): deleting it would fail in the database.
        if (await db.EquipmentItems.IgnoreQueryFilters().AnyAsync(i => i.AreaId == area.Id, cancellationToken)
            || await db.RiskPoints.IgnoreQueryFilters().AnyAsync(r => r.AreaId == area.Id, cancellationToken))
        {
            TempData.Warning(s["Khu vực còn thiết bị hoặc điểm có nguy cơ cháy, nổ cao nên không xóa được; hãy chuyển hoặc xóa chúng trước."]);
            return RedirectToPage("../Details", new { id = area.FacilityId });
        }

        db.Entry(area).Property(a => a.Version).OriginalValue = Version;
        db.Areas.Remove(area);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s["Khu vực vừa được người khác sửa; hãy xem lại trước khi xóa."]);
            return RedirectToPage("../Details", new { id = area.FacilityId });
        }

        TempData.Success(s["Đã xóa khu vực \"{0}\".", area.Name]);
        return RedirectToPage("../Details", new { id = area.FacilityId });
    }
}

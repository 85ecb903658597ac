using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>
/// Stops a unit after a confirmation page. Units are never deleted (records and the audit trail
/// refer to them); a unit that still has active sub-units or active accounts cannot stop.
/// </summary>
public sealed class DeactivateModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public string UnitCode { get; private set; } = string.Empty;

    /// <summary>Why the unit cannot stop now; empty when it can.</summary>
    public List<string> Blockers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (!unit.IsActive)
        {
            TempData.Warning(s["Đơn vị \"{0}\" đã ngừng hoạt động.", unit.Name]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        (UnitName, UnitCode, Version) = (unit.Name, unit.Code, unit.Version);
        Blockers = await BlockersAsync(unit, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (!unit.IsActive)
        {
            TempData.Warning(s["Đơn vị \"{0}\" đã ngừng hoạt động.", unit.Name]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        (UnitName, UnitCode) = (unit.Name, unit.Code);
        Blockers = await BlockersAsync(unit, cancellationToken);
        if (Blockers.Count > 0)
        {
            // Shown on the page again; nothing is written.
            Version = unit.Version;
            return Page();
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = Version;
        unit.IsActive = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s["Đơn vị vừa được người khác sửa; hãy xem lại trước khi ngừng hoạt động."]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        TempData.Success(s["Đã ngừng hoạt động đơn vị \"{0}\".", unit.Name]);
        return RedirectToPage("./Index");
    }

    private async Task<List<string>> BlockersAsync(Unit unit, CancellationToken cancellationToken)
    {
        var blockers = new List<string>();
        if (unit.ParentId is null)
        {
            blockers.Add(s["Không thể ngừng hoạt động đơn vị gốc."]);
            return blockers;
        }

        var activeSubUnits = await db.Units.IgnoreQueryFilters()
            .CountAsync(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id && u.IsActive, cancellationToken);
        if (activeSubUnits > 0)
        {
            blockers.Add(s["Đơn vị còn {0} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.", activeSubUnits]);
        }

        var activeUsers = await db.Users.CountAsync(u => u.UnitId == unit.Id && !u.IsDisabled, cancellationToken);
        if (activeUsers > 0)
        {
            blockers.Add(s["Đơn vị còn {0} tài khoản người dùng đang hoạt động; hãy chuyển sang đơn vị khác hoặc khóa các tài khoản đó trước.", activeUsers]);
        }

        return blockers;
    }
}

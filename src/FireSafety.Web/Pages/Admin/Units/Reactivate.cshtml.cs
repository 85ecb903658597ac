using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>Brings a stopped unit back, after a confirmation page; its parent must be active.</summary>
public sealed class ReactivateModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public string UnitName { get; private set; } = string.Empty;

    public string UnitCode { get; private set; } = string.Empty;

    /// <summary>The inactive parent that stops the unit from coming back, if any.</summary>
    public string? InactiveParentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (unit.IsActive)
        {
            TempData.Warning(s["Đơn vị \"{0}\" đang hoạt động.", unit.Name]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        (UnitName, UnitCode, Version) = (unit.Name, unit.Code, unit.Version);
        InactiveParentName = unit.Parent is { IsActive: false } parent ? parent.Name : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unit = await db.Units.Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (unit.IsActive)
        {
            TempData.Warning(s["Đơn vị \"{0}\" đang hoạt động.", unit.Name]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        (UnitName, UnitCode) = (unit.Name, unit.Code);
        if (unit.Parent is { IsActive: false } parent)
        {
            // Shown on the page again; nothing is written.
            InactiveParentName = parent.Name;
            Version = unit.Version;
            return Page();
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = Version;
        unit.IsActive = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Warning(s["Đơn vị vừa được người khác sửa; hãy xem lại trước khi cho hoạt động trở lại."]);
            return RedirectToPage("./Edit", new { id = unit.Id });
        }

        TempData.Success(s["Đơn vị \"{0}\" đã hoạt động trở lại.", unit.Name]);
        return RedirectToPage("./Index");
    }
}

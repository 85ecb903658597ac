using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>One item: its register data, due dates and the latest checks.</summary>
public sealed class DetailsModel(FireSafetyDbContext db, TimeProvider time) : PageModel
{
    public const int CheckHistory = 24;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public EquipmentItem Item { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public List<EquipmentCheck> Checks { get; private set; } = [];

    public DueState CheckState { get; private set; }

    public DueState MaintenanceState { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var item = await db.EquipmentItems.AsNoTracking()
            .Include(i => i.Type).Include(i => i.Area!).ThenInclude(a => a.Facility)
            .FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        UnitName = await db.Units.Where(u => u.Id == item.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        Checks = await db.EquipmentChecks.AsNoTracking().Where(c => c.ItemId == Id)
            .OrderByDescending(c => c.CheckedAtUtc).Take(CheckHistory).ToListAsync(cancellationToken);
        CheckState = EquipmentDueDates.CheckState(item, time);
        MaintenanceState = EquipmentDueDates.MaintenanceState(item, time);
        return Page();
    }

    public static string Time(DateTime utc) => VietnamTime.ToLocal(utc).ToString(VietnamTime.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Equipment;

/// <summary>
/// Daily: tells each unit's heads how many of their items are overdue for a check or a
/// maintenance — one notification per unit and day (dedup key), so a re-run sends nothing twice.
/// Retired items are left alone.
/// </summary>
public sealed class EquipmentReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time) : IDailyWork
{
    public string Name => "equipment reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var counts = await db.EquipmentItems.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.Status != EquipmentStatus.Retired && (i.NextCheckDue < today || i.NextMaintenanceDue < today))
            .GroupBy(i => i.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .OrderBy(g => g.UnitId)
            .ToListAsync(cancellationToken);
        var sent = 0;
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var unit in counts)
        {
            sent += await notifier.NotifyAsync(
                new Recipients.UnitHeads(unit.UnitId),
                NotificationKind.Overdue,
                string.Format(CultureInfo.InvariantCulture, "{0} phương tiện PCCC quá hạn kiểm tra hoặc bảo dưỡng", unit.Count),
                "/Equipment?due=Overdue",
                $"equipment-overdue:{unit.UnitId.ToString(CultureInfo.InvariantCulture)}:{day}",
                cancellationToken);
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}

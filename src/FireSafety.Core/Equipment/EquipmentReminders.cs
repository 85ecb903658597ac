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

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        return UnitDigest.SendAsync(
            db,
            notifier,
            db.EquipmentItems.IgnoreQueryFilters().AsNoTracking()
                .Where(i => i.Status != EquipmentStatus.Retired && (i.NextCheckDue < today || i.NextMaintenanceDue < today))
                .Select(i => i.UnitId),
            today,
            "{0} phương tiện PCCC quá hạn kiểm tra hoặc bảo dưỡng",
            "/Equipment?due=Overdue",
            "equipment-overdue",
            cancellationToken);
    }
}

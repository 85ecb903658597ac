using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Training;

/// <summary>
/// Daily: tells each unit's heads how many of their people's certificates expire within the
/// warning window, and how many have expired — one notification of each per unit and day (dedup
/// key), so a re-run sends nothing twice.
/// </summary>
public sealed class CertificateReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time, TrainingOptions options) : IDailyWork
{
    public string Name => "certificate reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var records = db.TrainingRecords.IgnoreQueryFilters().AsNoTracking();
        var expiring = await UnitDigest.SendAsync(
            db,
            notifier,
            records.ExpiringSoon(today, options.WarningDays).Select(r => r.UnitId),
            today,
            NotificationKind.DueSoon,
            "{0} chứng nhận huấn luyện PCCC sắp hết hạn",
            "/Training?status=Expiring",
            "certificate-expiring",
            cancellationToken);
        var expired = await UnitDigest.SendAsync(
            db,
            notifier,
            records.Expired(today).Select(r => r.UnitId),
            today,
            NotificationKind.Overdue,
            "{0} chứng nhận huấn luyện PCCC đã hết hạn",
            "/Training?status=Expired",
            "certificate-expired",
            cancellationToken);
        return expiring + expired;
    }
}

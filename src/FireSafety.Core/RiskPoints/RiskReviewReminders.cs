using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.RiskPoints;

/// <summary>
/// Daily: tells each unit's heads how many of their high-risk points are past their review
/// date — one notification per unit and day (dedup key).
/// </summary>
public sealed class RiskReviewReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time) : IDailyWork
{
    public string Name => "risk review reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var counts = await db.RiskPoints.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.NextReviewOn < today)
            .GroupBy(r => r.UnitId)
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
                string.Format(CultureInfo.InvariantCulture, "{0} điểm có nguy cơ cháy, nổ cao quá hạn rà soát", unit.Count),
                "/RiskPoints?overdue=true",
                $"risk-review-overdue:{unit.UnitId.ToString(CultureInfo.InvariantCulture)}:{day}",
                cancellationToken);
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}

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

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        return UnitDigest.SendAsync(
            db,
            notifier,
            db.RiskPoints.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.NextReviewOn < today)
                .Select(r => r.UnitId),
            today,
            "{0} điểm có nguy cơ cháy, nổ cao quá hạn rà soát",
            "/RiskPoints?overdue=true",
            "risk-review-overdue",
            cancellationToken);
    }
}

using System.Globalization;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Notifications;

/// <summary>
/// A daily digest per unit: "N things of yours are overdue", one notification for each unit's heads
/// and day (the dedup key carries the unit and the day), so a re-run sends nothing twice. Used by the
/// registers' reminders; the caller gives the unit id of every overdue record.
/// </summary>
public static class UnitDigest
{
    /// <param name="db">The context the notifications are saved in.</param>
    /// <param name="notifier">Queues the notifications.</param>
    /// <param name="overdueUnitIds">One row per overdue record: its unit.</param>
    /// <param name="today">The Vietnam day of the digest.</param>
    /// <param name="textFormat">The text with {0} for the count.</param>
    /// <param name="url">The filtered list the notification opens.</param>
    /// <param name="keyPrefix">Dedup key prefix, e.g. "equipment-overdue".</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static Task<int> SendAsync(
        FireSafetyDbContext db, Notifier notifier, IQueryable<int> overdueUnitIds, DateOnly today,
        string textFormat, string url, string keyPrefix, CancellationToken cancellationToken) =>
        SendAsync(db, notifier, overdueUnitIds, today, NotificationKind.Overdue, textFormat, url, keyPrefix, cancellationToken);

    /// <summary>The same digest with another kind, e.g. <see cref="NotificationKind.DueSoon"/> for "expiring soon".</summary>
    public static async Task<int> SendAsync(
        FireSafetyDbContext db, Notifier notifier, IQueryable<int> overdueUnitIds, DateOnly today, NotificationKind kind,
        string textFormat, string url, string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifier);
        var counts = await overdueUnitIds
            .GroupBy(unitId => unitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .OrderBy(g => g.UnitId)
            .ToListAsync(cancellationToken);
        var sent = 0;
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var unit in counts)
        {
            sent += await notifier.NotifyAsync(
                new Recipients.UnitHeads(unit.UnitId),
                kind,
                string.Format(CultureInfo.InvariantCulture, textFormat, unit.Count),
                url,
                $"{keyPrefix}:{unit.UnitId.ToString(CultureInfo.InvariantCulture)}:{day}",
                cancellationToken);
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}

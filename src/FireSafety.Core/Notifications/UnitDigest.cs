using System.Globalization;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Notifications;

/// <summary>One unit's reminder of the day: its text and the page that shows what it is about.</summary>
public sealed record UnitReminder(int UnitId, string Text, string Url);

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
    public static Task<int> SendAsync(
        FireSafetyDbContext db, Notifier notifier, IQueryable<int> overdueUnitIds, DateOnly today, NotificationKind kind,
        string textFormat, string url, string keyPrefix, CancellationToken cancellationToken) =>
        SendAsync(db, notifier, overdueUnitIds, today, kind, textFormat, _ => url, keyPrefix, cancellationToken);

    /// <summary>The same digest with a link per unit (<paramref name="urlOf"/> gets the unit id), e.g. a list filtered to that unit.</summary>
    public static async Task<int> SendAsync(
        FireSafetyDbContext db, Notifier notifier, IQueryable<int> overdueUnitIds, DateOnly today, NotificationKind kind,
        string textFormat, Func<int, string> urlOf, string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overdueUnitIds);
        ArgumentNullException.ThrowIfNull(urlOf);
        var counts = await overdueUnitIds
            .GroupBy(unitId => unitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .OrderBy(g => g.UnitId)
            .ToListAsync(cancellationToken);
        return await SendEachAsync(
            db,
            notifier,
            [.. counts.Select(c => new UnitReminder(c.UnitId, string.Format(CultureInfo.InvariantCulture, textFormat, c.Count), urlOf(c.UnitId)))],
            today,
            kind,
            keyPrefix,
            cancellationToken);
    }

    /// <summary>
    /// One notification per given unit (to its heads) with the caller's own text, for a reminder
    /// that is about the unit itself rather than a count of records (its self-inspection is due).
    /// When another run saved some of the same reminders first (a second instance), the unique key
    /// refuses the save; this run then drops its own and sends only what is still missing.
    /// </summary>
    public static async Task<int> SendEachAsync(
        FireSafetyDbContext db, Notifier notifier, IReadOnlyCollection<UnitReminder> reminders, DateOnly today, NotificationKind kind,
        string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(reminders);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var sent = 0;
            foreach (var reminder in reminders.OrderBy(r => r.UnitId))
            {
                sent += await notifier.NotifyAsync(
                    new Recipients.UnitHeads(reminder.UnitId),
                    kind,
                    reminder.Text,
                    reminder.Url,
                    $"{keyPrefix}:{reminder.UnitId.ToString(CultureInfo.InvariantCulture)}:{day}",
                    cancellationToken);
            }

            if (sent == 0)
            {
                return 0;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return sent;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Directives;

/// <summary>
/// Daily: tells a unit's heads, once per assignment, when it falls due within
/// <see cref="DueSoonDays"/> days and when it becomes overdue (still with the unit after its due date).
/// Submitted and accepted assignments are no longer the unit's to do and are left alone.
/// </summary>
public sealed class AssignmentReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time) : IDailyWork
{
    public const int DueSoonDays = 3;

    private const int Batch = 200;

    public string Name => "task reminders";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var soon = today.AddDays(DueSoonDays);
        var sent = await RemindAsync(
            NotificationKind.Overdue, "task-overdue:", "Nhiệm vụ quá hạn (hạn {0})",
            a => a.DueOn < today, cancellationToken);
        sent += await RemindAsync(
            NotificationKind.DueSoon, "task-due-soon:", "Nhiệm vụ sắp đến hạn ({0})",
            a => a.DueOn >= today && a.DueOn <= soon, cancellationToken);
        return sent;
    }

    private async Task<int> RemindAsync(
        NotificationKind kind, string keyPrefix, string textFormat,
        System.Linq.Expressions.Expression<Func<TaskAssignment, bool>> when, CancellationToken cancellationToken)
    {
        var sent = 0;
        var afterId = 0;
        while (true)
        {
            // Only assignments not yet reminded: the key is checked in SQL, so a re-run reads nothing twice.
            var batch = await db.TaskAssignments.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Status == AssignmentStatus.Open || a.Status == AssignmentStatus.Returned)
                .Where(when)
                .Where(a => a.Id > afterId)
                .Where(a => !db.Notifications.Any(n => n.DedupKey == keyPrefix + a.Id.ToString()))
                .OrderBy(a => a.Id)
                .Take(Batch)
                .Select(a => new { a.Id, a.UnitId, a.DueOn, a.Task!.Text, a.Task.Directive!.Number })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sent;
            }

            foreach (var a in batch)
            {
                var due = a.DueOn.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);
                sent += await notifier.NotifyAsync(
                    new Recipients.UnitHeads(a.UnitId), kind,
                    string.Format(CultureInfo.InvariantCulture, textFormat, due) + $": {a.Number} — {a.Text}",
                    $"/Tasks/Details/{a.Id}",
                    keyPrefix + a.Id.ToString(CultureInfo.InvariantCulture),
                    cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            afterId = batch[^1].Id;
        }
    }
}

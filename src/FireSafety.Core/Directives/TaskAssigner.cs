using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Directives;

/// <summary>
/// Creates the assignments of directive tasks: a one-off gives one per unit (lead and coordinating
/// units, as registered in <see cref="DirectiveTask.Units"/>) due on the task's date; a rhythm gives
/// one per unit for each period opened by today that has none yet. Running it again creates nothing
/// twice (the unique index on task + unit + period start backs that). Each new assignment notifies
/// the unit's heads.
/// </summary>
public sealed class TaskAssigner(FireSafetyDbContext db, Notifier notifier, TimeProvider time)
{
    public sealed record Result(int Created, IReadOnlyList<DirectiveTask> WithoutDueDate);

    /// <summary>Giao nhiệm vụ: one task of a directive, or all of them when <paramref name="taskId"/> is null.</summary>
    public async Task<Result> AssignAsync(int directiveId, int? taskId, CancellationToken cancellationToken = default)
    {
        var tasks = await db.DirectiveTasks.Include(t => t.Units).Include(t => t.Directive)
            .Where(t => t.DirectiveId == directiveId && (taskId == null || t.Id == taskId))
            .OrderBy(t => t.SortOrder)
            .ToListAsync(cancellationToken);
        var missingDue = tasks.Where(t => t.RhythmKind is null && t.DueOn is null).ToList();
        if (missingDue.Count > 0)
        {
            return new Result(0, missingDue);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var task in tasks)
        {
            task.AssignedAtUtc ??= now;
        }

        return new Result(await CreateMissingAsync(tasks, cancellationToken), []);
    }

    /// <summary>
    /// The daily job's part: for every assigned task with a rhythm, the assignments of the periods
    /// that have opened by today. Runs under the system user, across every unit.
    /// </summary>
    public async Task<int> OpenDuePeriodsAsync(CancellationToken cancellationToken = default)
    {
        var tasks = await db.DirectiveTasks.IgnoreQueryFilters().Include(t => t.Units).Include(t => t.Directive)
            .Where(t => t.AssignedAtUtc != null && t.RhythmKind != null)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return tasks.Count == 0 ? 0 : await CreateMissingAsync(tasks, cancellationToken);
    }

    private async Task<int> CreateMissingAsync(List<DirectiveTask> tasks, CancellationToken cancellationToken)
    {
        var taskIds = tasks.Select(t => t.Id).ToList();
        var existing = (await db.TaskAssignments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => taskIds.Contains(a.TaskId))
            .Select(a => new { a.TaskId, a.UnitId, a.PeriodStart })
            .ToListAsync(cancellationToken))
            .Select(a => (a.TaskId, a.UnitId, a.PeriodStart)).ToHashSet();
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var created = new List<(TaskAssignment Assignment, DirectiveTask Task)>();
        foreach (var task in tasks)
        {
            var lead = task.Units.FirstOrDefault(u => u.IsLead)?.UnitId ?? task.LeadUnitId;
            var units = lead is int leadId
                ? TaskUnits.For(leadId, task.Units.Where(u => !u.IsLead).Select(u => u.UnitId))
                : [.. task.Units.Select(u => new UnitAssignment(u.UnitId, UnitRole.Coordinating))];
            foreach (var unit in units)
            {
                var isLead = lead is not null && unit.Role == UnitRole.Lead;
                if (task.Rhythm is { } rhythm)
                {
                    var starts = existing.Where(e => e.TaskId == task.Id && e.UnitId == unit.UnitId).Select(e => e.PeriodStart);
                    foreach (var period in RecurrenceSchedule.Missing(rhythm, task.StartsOn ?? task.Directive?.IssuedOn ?? today, today, starts))
                    {
                        Add(task, unit.UnitId, isLead, period.Start, period.DueOn);
                    }
                }
                else if (!existing.Contains((task.Id, unit.UnitId, DateOnly.MinValue)))
                {
                    Add(task, unit.UnitId, isLead, DateOnly.MinValue, task.DueOn!.Value);
                }
            }
        }

        if (created.Count > 0 || db.ChangeTracker.HasChanges())
        {
            // The assignments need their keys before the notifications can link to them.
            await db.SaveChangesAsync(cancellationToken);
        }

        if (created.Count == 0)
        {
            return 0;
        }

        foreach (var (assignment, task) in created)
        {
            var due = assignment.DueOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
            await notifier.NotifyAsync(
                new Recipients.UnitHeads(assignment.UnitId),
                NotificationKind.Assigned,
                $"Nhiệm vụ mới (hạn {due}): {task.Directive?.Number} — {task.Text}",
                $"/Tasks/Details/{assignment.Id}",
                $"assigned:{assignment.Id}",
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return created.Count;

        void Add(DirectiveTask task, int unitId, bool isLead, DateOnly periodStart, DateOnly dueOn)
        {
            var assignment = new TaskAssignment
            {
                TaskId = task.Id,
                UnitId = unitId,
                IsLead = isLead,
                PeriodStart = periodStart,
                DueOn = dueOn,
                Status = AssignmentStatus.Open,
                CreatedAtUtc = now,
            };
            db.TaskAssignments.Add(assignment);
            existing.Add((task.Id, unitId, periodStart));
            created.Add((assignment, task));
        }
    }
}

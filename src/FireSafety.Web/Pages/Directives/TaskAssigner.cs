using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Directives;

/// <summary>
/// Creates the assignments of a directive's tasks: a one-off gives one per unit (lead and
/// coordinating units, as registered in <see cref="DirectiveTask.Units"/>) due on the task's date;
/// a rhythm gives one per unit for each period opened by today that has none yet. Running it again
/// creates nothing twice (and the unique index on task + unit + period start backs that).
/// </summary>
public static class TaskAssigner
{
    public sealed record Result(int Created, IReadOnlyList<DirectiveTask> WithoutDueDate);

    public static async Task<Result> AssignAsync(FireSafetyDbContext db, int directiveId, int? taskId, TimeProvider time, CancellationToken cancellationToken)
    {
        var tasks = await db.DirectiveTasks.Include(t => t.Units)
            .Where(t => t.DirectiveId == directiveId && (taskId == null || t.Id == taskId))
            .OrderBy(t => t.SortOrder)
            .ToListAsync(cancellationToken);
        var missingDue = tasks.Where(t => t.RhythmKind is null && t.DueOn is null).ToList();
        if (missingDue.Count > 0)
        {
            return new Result(0, missingDue);
        }

        var taskIds = tasks.Select(t => t.Id).ToList();
        var existing = (await db.TaskAssignments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => taskIds.Contains(a.TaskId))
            .Select(a => new { a.TaskId, a.UnitId, a.PeriodStart })
            .ToListAsync(cancellationToken))
            .Select(a => (a.TaskId, a.UnitId, a.PeriodStart)).ToHashSet();
        var issuedOn = await db.Directives.Where(d => d.Id == directiveId).Select(d => d.IssuedOn).SingleOrDefaultAsync(cancellationToken);
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var created = 0;
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
                    foreach (var period in RecurrenceSchedule.Missing(rhythm, task.StartsOn ?? issuedOn ?? today, today, starts))
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

        if (created > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Result(created, []);

        void Add(DirectiveTask task, int unitId, bool isLead, DateOnly periodStart, DateOnly dueOn)
        {
            db.TaskAssignments.Add(new TaskAssignment
            {
                TaskId = task.Id,
                UnitId = unitId,
                IsLead = isLead,
                PeriodStart = periodStart,
                DueOn = dueOn,
                Status = AssignmentStatus.Open,
                CreatedAtUtc = now,
            });
            existing.Add((task.Id, unitId, periodStart));
            created++;
        }
    }
}

using System.Globalization;
using FireSafety.Core.Directives;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.8 — the directive tasks due in the year, counted the Vietnamese way (done on time, done late,
/// not done but within term, overdue) as they stand at the summary's moment, in total and per unit.
/// </summary>
public sealed class DirectiveTasksSection : ISummarySection
{
    public const string Key = "tasks";

    public int Order => 80;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assignments = await context.Db.TaskAssignments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.DueOn >= context.From && a.DueOn <= context.To && a.CreatedAtUtc <= context.AsOfUtc)
            .Select(a => new { a.UnitId, a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc, a.ReturnedAtUtc, a.ReturnReason, a.LastProgressAtUtc, a.LastEventAtUtc })
            .ToListAsync(cancellationToken);
        var counted = assignments
            .Select(a => (a.UnitId, Count: AssignmentWorkflow.Classify(
                new AssignmentState(a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc, a.ReturnedAtUtc, a.ReturnReason, a.LastProgressAtUtc, a.LastEventAtUtc),
                context.AsOfUtc)))
            .ToList();

        var from = context.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var to = context.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        string Link(string? status) => $"/Tasks?dueFrom={from}&dueTo={to}" + (status is null ? string.Empty : $"&status={status}");
        long Total(AssignmentCount c) => counted.Count(a => a.Count == c);
        var section = new SummarySection(Key, "Thực hiện nhiệm vụ theo văn bản chỉ đạo",
        [
            new("assigned", "Số nhiệm vụ đến hạn trong năm", counted.Count, Link(null)),
            new("done-on-time", "Hoàn thành đúng hạn", Total(AssignmentCount.DoneOnTime), Link("DoneOnTime")),
            new("done-late", "Hoàn thành quá hạn", Total(AssignmentCount.DoneLate), Link("DoneLate")),
            new("within-term", "Chưa hoàn thành, trong hạn", Total(AssignmentCount.WithinTerm), Link("WithinTerm")),
            new("overdue", "Chưa hoàn thành, quá hạn", Total(AssignmentCount.Overdue), Link("Overdue")),
        ]);
        var perUnit = counted.GroupBy(a => a.UnitId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["tasks-done-on-time"] = g.Count(a => a.Count == AssignmentCount.DoneOnTime),
                ["tasks-done-late"] = g.Count(a => a.Count == AssignmentCount.DoneLate),
                ["tasks-open"] = g.Count(a => a.Count is AssignmentCount.WithinTerm or AssignmentCount.Overdue),
                ["tasks-overdue"] = g.Count(a => a.Count == AssignmentCount.Overdue),
            });
        return new SectionResult(section,
        [
            new("tasks-done-on-time", "NV đúng hạn"),
            new("tasks-done-late", "NV quá hạn"),
            new("tasks-open", "NV chưa xong"),
            new("tasks-overdue", "trong đó quá hạn"),
        ], perUnit);
    }
}

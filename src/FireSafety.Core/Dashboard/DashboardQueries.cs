using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Equipment;
using FireSafety.Core.Inspections;
using FireSafety.Core.Plans;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Training;
using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FireSafety.Core.Dashboard;

/// <summary>
/// Builds the leadership dashboard. Every figure is one grouped query over the subtree (never a
/// query per unit), within the request's unit scope, with the same rule as the list it links to:
/// tasks classified by <see cref="AssignmentWorkflow.Classify(AssignmentState, DateTime)"/> like
/// the task board, coverage by <see cref="InspectionRhythm"/> like the coverage page, plans by
/// <see cref="PlanQueries"/>, certificates by <see cref="Certificates"/>.
/// </summary>
public sealed class DashboardQueries(FireSafetyDbContext db, TimeProvider time, IOptions<TrainingOptions> training)
{
    public async Task<DashboardData> LoadAsync(int year, int? under, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.ToLocalDate(now);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        // The subtree, as the reader may see it (a unit outside the scope is not found: the whole scope then).
        var root = under is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == under).Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(cancellationToken);
        var rootPath = root?.Path ?? string.Empty;
        under = root?.Id;
        var unitRows = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(rootPath))
            .Select(u => new { u.Id, u.ParentId, u.SortOrder, u.Code, u.Name, u.IsActive })
            .ToListAsync(cancellationToken);
        var order = UnitTreeOrder.Order([.. unitRows.Select(u => new UnitTreeOrder.Node(u.Id, u.ParentId, u.SortOrder, u.Name))]);
        var byId = unitRows.ToDictionary(u => u.Id);
        var units = order.Select(p => new DashboardUnit(p.Id, byId[p.Id].Code, byId[p.Id].Name, p.Depth)).ToList();
        var active = units.Where(u => byId[u.Id].IsActive).ToList();
        DashboardUnit? selected = under is null ? null : units.FirstOrDefault(u => u.Id == under);

        var (tasks, tasksByUnit) = await TasksAsync(units, under, from, to, now, cancellationToken);
        var (coverage, byMonth) = await CoverageAsync(active, under, year, today, cancellationToken);

        return new DashboardData(
            year,
            today,
            selected,
            tasks,
            tasksByUnit,
            coverage,
            byMonth,
            await OpenActionsAsync(under, today, cancellationToken),
            await db.CorrectiveActions.AsNoTracking().ForUnits(db, null, under).CountAsync(a => a.Status == ActionStatus.Open && a.DueOn < today, cancellationToken),
            await db.CorrectiveActions.AsNoTracking().ForUnits(db, null, under).CountAsync(a => a.Status == ActionStatus.Fixed, cancellationToken),
            await OpenFindingsAsync(under, from, to, cancellationToken),
            await EquipmentAsync(under, today, cancellationToken),
            await IncidentsAsync(under, year, cancellationToken),
            await RiskPointsAsync(under, cancellationToken),
            await db.RiskPoints.AsNoTracking().ForUnits(db, null, under).CountAsync(r => r.NextReviewOn < today, cancellationToken),
            await PlansAsync(under, year, today, cancellationToken),
            new CertificateFigures(
                await db.TrainingRecords.AsNoTracking().ForUnits(db, null, under).ExpiringSoon(today, training.Value.WarningDays).CountAsync(cancellationToken),
                await db.TrainingRecords.AsNoTracking().ForUnits(db, null, under).Expired(today).CountAsync(cancellationToken)));
    }

    /// <summary>
    /// Tasks due in the year, classified as the board does; units ranked by their share done on
    /// time, then fewest overdue. Units without a task due come last, unranked.
    /// </summary>
    private async Task<(AssignmentTally Total, List<UnitTasks> ByUnit)> TasksAsync(
        List<DashboardUnit> units, int? under, DateOnly from, DateOnly to, DateTime now, CancellationToken cancellationToken)
    {
        var states = await db.TaskAssignments.AsNoTracking().ForUnits(db, null, under)
            .Where(a => a.DueOn >= from && a.DueOn <= to)
            .Select(a => new { a.UnitId, a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc })
            .ToListAsync(cancellationToken);
        var counted = states
            .Select(a => (a.UnitId, Count: AssignmentWorkflow.Classify(new AssignmentState(a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc), now)))
            .ToList();
        var byUnit = counted.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => AssignmentTally.Of(g.Select(c => c.Count)));
        var empty = new AssignmentTally(0, 0, 0, 0);
        var ranked = units
            .Where(u => byUnit.ContainsKey(u.Id))
            .Select(u => (Unit: u, Tally: byUnit[u.Id]))
            .OrderByDescending(r => (double)r.Tally.DoneOnTime / r.Tally.Total)
            .ThenBy(r => r.Tally.Overdue)
            .ThenByDescending(r => r.Tally.Total)
            .ThenBy(r => r.Unit.Name, StringComparer.Ordinal)
            .Select((r, i) => new UnitTasks(r.Unit, r.Tally, i + 1))
            .ToList();
        ranked.AddRange(units.Where(u => !byUnit.ContainsKey(u.Id)).Select(u => new UnitTasks(u, empty, 0)));
        return (AssignmentTally.Of(counted.Select(c => c.Count)), ranked);
    }

    /// <summary>Each active unit's months of the year under its rhythm, and the submitted inspections per month of the whole subtree.</summary>
    private async Task<(List<UnitCoverage> Units, List<int> ByMonth)> CoverageAsync(List<DashboardUnit> active, int? under, int year, DateOnly today, CancellationToken cancellationToken)
    {
        // A year earlier too: a period begun last year still counts (as on the coverage page).
        var calendars = (await InspectionCalendar.LoadAsync(db, new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31), cancellationToken: cancellationToken))
            .ToDictionary(c => c.UnitId);
        var rows = active.Where(u => calendars.ContainsKey(u.Id)).Select(u =>
        {
            var calendar = calendars[u.Id];
            return new UnitCoverage(u, [.. Enumerable.Range(1, 12).Select(m => new CoverageMonth(
                m,
                InspectionRhythm.Cell(calendar.IntervalMonths, calendar.StartsOn, calendar.Dates, year, m, today),
                calendar.Inspections.Count(i => i.On.Year == year && i.On.Month == m)))]);
        }).ToList();

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var months = await db.Inspections.AsNoTracking().ForUnits(db, null, under)
            .Where(i => i.Status == InspectionStatus.Submitted && i.InspectedOn >= from && i.InspectedOn <= to)
            .GroupBy(i => i.InspectedOn.Month)
            .Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Month, g => g.Count, cancellationToken);
        return (rows, [.. Enumerable.Range(1, 12).Select(m => months.GetValueOrDefault(m))]);
    }

    private async Task<Dictionary<(Severity, AgeBand), int>> OpenActionsAsync(int? under, DateOnly today, CancellationToken cancellationToken)
    {
        var upTo30 = ActionAge.CreatedRange(AgeBand.UpTo30Days, today).FromUtc;
        var upTo90 = ActionAge.CreatedRange(AgeBand.Days31To90, today).FromUtc;
        var groups = await db.CorrectiveActions.AsNoTracking().ForUnits(db, null, under)
            .Where(a => a.Status == ActionStatus.Open)
            .GroupBy(a => new { a.Severity, Age = a.CreatedAtUtc >= upTo30 ? AgeBand.UpTo30Days : a.CreatedAtUtc >= upTo90 ? AgeBand.Days31To90 : AgeBand.Over90Days })
            .Select(g => new { g.Key.Severity, g.Key.Age, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.ToDictionary(g => (g.Severity, g.Age), g => g.Count);
    }

    /// <summary>Findings of the year's submitted inspections not remedied (no verified action), as the findings list counts them.</summary>
    private async Task<Dictionary<Severity, int>> OpenFindingsAsync(int? under, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var inspections = db.Inspections.AsNoTracking().Where(i => i.Status == InspectionStatus.Submitted && i.InspectedOn >= from && i.InspectedOn <= to);
        return await db.Findings.AsNoTracking().ForUnits(db, null, under)
            .Where(f => !f.CarriedOver && inspections.Any(i => i.Id == f.InspectionId))
            .Where(f => !db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified))
            .GroupBy(f => f.Severity)
            .Select(g => new { Severity = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Severity, g => g.Count, cancellationToken);
    }

    private async Task<EquipmentDue> EquipmentAsync(int? under, DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(EquipmentDueDates.DueSoonDays);
        var figures = await db.EquipmentItems.AsNoTracking().ForUnits(db, null, under)
            .Where(i => i.Status != EquipmentStatus.Retired)
            .GroupBy(_ => 1)
            .Select(g => new EquipmentDue(
                g.Count(i => i.NextCheckDue < today),
                g.Count(i => i.NextCheckDue >= today && i.NextCheckDue <= soon),
                g.Count(i => i.NextMaintenanceDue < today),
                g.Count(i => i.NextMaintenanceDue >= today && i.NextMaintenanceDue <= soon)))
            .FirstOrDefaultAsync(cancellationToken);
        return figures ?? new EquipmentDue(0, 0, 0, 0);
    }

    private async Task<IncidentFigures> IncidentsAsync(int? under, int year, CancellationToken cancellationToken)
    {
        var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = VietnamTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        var figures = await db.Incidents.AsNoTracking().ForUnits(db, null, under)
            .Where(i => i.OccurredAtUtc >= from && i.OccurredAtUtc < to)
            .GroupBy(_ => 1)
            .Select(g => new IncidentFigures(g.Count(), g.Sum(i => i.Deaths), g.Sum(i => i.Injured), g.Sum(i => i.PropertyLostVnd)))
            .FirstOrDefaultAsync(cancellationToken);
        return figures ?? new IncidentFigures(0, 0, 0, 0);
    }

    private async Task<Dictionary<RiskLevel, int>> RiskPointsAsync(int? under, CancellationToken cancellationToken)
    {
        var scores = await db.RiskPoints.AsNoTracking().ForUnits(db, null, under)
            .GroupBy(r => r.Likelihood * r.Severity)
            .Select(g => new { Score = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<RiskLevel>().ToDictionary(level => level, level => scores.Where(s => RiskMatrix.Level(s.Score) == level).Sum(s => s.Count));
    }

    /// <summary>Plans in force on the year's day (its last, or today while it runs), and which of them were drilled in the year.</summary>
    private async Task<PlanFigures> PlansAsync(int? under, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var inForce = db.ResponsePlans.AsNoTracking().ForUnits(db, null, under).InForceOn(PlanRules.InForceDay(year, today));
        var count = await inForce.CountAsync(cancellationToken);
        var drilled = await inForce.DrilledIn(db.Drills, year).CountAsync(cancellationToken);
        return new PlanFigures(count, drilled, count - drilled);
    }
}

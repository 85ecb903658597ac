using FireSafety.Core.Actions;
using FireSafety.Core.Directives;
using FireSafety.Core.Inspections;
using FireSafety.Core.RiskPoints;

namespace FireSafety.Core.Dashboard;

/// <summary>A unit as the dashboard lists it: its place in the tree for indenting.</summary>
public sealed record DashboardUnit(int Id, string Code, string Name, int Depth);

/// <summary>One unit's directive tasks due in the year, in the four counts, with its place in the ranking.</summary>
public sealed record UnitTasks(DashboardUnit Unit, AssignmentTally Tally, int Rank)
{
    /// <summary>Share of the unit's tasks done on time, 0–1; null for a unit with no task due in the year.</summary>
    public double? OnTimeRate => Tally.Total == 0 ? null : (double)Tally.DoneOnTime / Tally.Total;
}

/// <summary>One month of a unit's self-inspection coverage: the rhythm's verdict and the inspections submitted in it.</summary>
public sealed record CoverageMonth(int Month, CoverageCell State, int Inspections);

public sealed record UnitCoverage(DashboardUnit Unit, IReadOnlyList<CoverageMonth> Months);

public sealed record EquipmentDue(int CheckOverdue, int CheckDueSoon, int MaintenanceOverdue, int MaintenanceDueSoon);

public sealed record IncidentFigures(int Count, int Deaths, int Injured, long PropertyLostVnd);

public sealed record PlanFigures(int InForce, int Drilled, int NotDrilled);

public sealed record CertificateFigures(int Expiring, int Expired);

/// <summary>
/// Everything the leadership dashboard shows for one year and one unit subtree, within the
/// reader's unit scope. Figures of the year: tasks due in it, inspection coverage, findings of its
/// inspections, incidents, drills. Figures as of today: open actions, equipment due, high-risk
/// points, certificates.
/// </summary>
public sealed record DashboardData(
    int Year,
    DateOnly Today,
    DashboardUnit? Under,
    AssignmentTally Tasks,
    IReadOnlyList<UnitTasks> TasksByUnit,
    IReadOnlyList<UnitCoverage> Coverage,
    IReadOnlyList<int> InspectionsByMonth,
    IReadOnlyDictionary<(Severity Severity, AgeBand Age), int> OpenActions,
    int ActionsOverdue,
    int ActionsAwaitingVerification,
    IReadOnlyDictionary<Severity, int> OpenFindings,
    EquipmentDue Equipment,
    IncidentFigures Incidents,
    IReadOnlyDictionary<RiskLevel, int> RiskPoints,
    int RiskReviewsOverdue,
    PlanFigures Plans,
    CertificateFigures Certificates)
{
    public int OpenActionsTotal => OpenActions.Values.Sum();

    public int OpenActionsOf(Severity severity) => OpenActions.Where(p => p.Key.Severity == severity).Sum(p => p.Value);

    public int OpenActionsOf(AgeBand age) => OpenActions.Where(p => p.Key.Age == age).Sum(p => p.Value);

    public int OpenActionsOf(Severity severity, AgeBand age) => OpenActions.GetValueOrDefault((severity, age));
}

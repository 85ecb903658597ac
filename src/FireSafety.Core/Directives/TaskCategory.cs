namespace FireSafety.Core.Directives;

/// <summary>What a directive task is about, found by keyword rules; a task may have several.</summary>
public enum TaskCategory
{
    Dissemination,
    SelfInspection,
    Equipment,
    IncidentResponse,
    ResponsePlan,
    RiskPoints,
    Reporting,
    Training,
    Other,
}

namespace FireSafety.Core.Directives;

/// <summary>
/// What makes an assignment unique, for a unique index and for a job that creates missing
/// periods idempotently: task + unit + period start. A one-off task (a due date, no rhythm) uses
/// <see cref="OneOffPeriod"/> rather than null, because SQLite's unique indexes treat NULLs as
/// distinct (SQL Server's do not), so a null would let duplicates in on one provider only.
/// </summary>
public readonly record struct AssignmentKey(int TaskId, int UnitId, DateOnly PeriodStart)
{
    public static readonly DateOnly OneOffPeriod = DateOnly.MinValue;

    public bool IsOneOff => PeriodStart == OneOffPeriod;

    public static AssignmentKey OneOff(int taskId, int unitId) => new(taskId, unitId, OneOffPeriod);

    public static AssignmentKey ForPeriod(int taskId, int unitId, RecurrencePeriod period) => new(taskId, unitId, period.Start);
}

namespace FireSafety.Core.Directives;

/// <summary>
/// Something that happened to an assignment, at a UTC instant. A closed set: the constructor is
/// private, so <see cref="AssignmentWorkflow.Apply"/> knows every kind.
/// </summary>
public abstract record AssignmentEvent
{
    private AssignmentEvent(DateTime at) => At = at;

    /// <summary>When it happened, UTC (an unspecified kind is read as UTC).</summary>
    public DateTime At { get; }

    /// <summary>The unit reports progress (evidence files hang off the stored report, not the rule).</summary>
    public sealed record Progress(DateTime At, string Text) : AssignmentEvent(At);

    /// <summary>The unit marks the assignment done (báo cáo hoàn thành).</summary>
    public sealed record Submit(DateTime At) : AssignmentEvent(At);

    /// <summary>The office returns the result to the unit (trả lại), with a required reason.</summary>
    public sealed record Return(DateTime At, string Reason) : AssignmentEvent(At);

    /// <summary>The office accepts the result (chấp nhận kết quả).</summary>
    public sealed record Accept(DateTime At) : AssignmentEvent(At);
}

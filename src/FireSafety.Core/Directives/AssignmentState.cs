namespace FireSafety.Core.Directives;

/// <summary>
/// The state of one unit's assignment, as produced by <see cref="AssignmentWorkflow.Apply"/>.
/// Timestamps are UTC; <paramref name="DueOn"/> is a date in Vietnam time (the whole day counts).
/// </summary>
/// <param name="Status">Where the assignment stands.</param>
/// <param name="DueOn">The due date, Vietnam local; done any time that day is on time.</param>
/// <param name="SubmittedAt">The latest submission: after a return and a new submission, the new one.</param>
/// <param name="AcceptedAt">When the office accepted; not the completion time.</param>
/// <param name="ReturnedAt">The latest return; kept after a new submission so the office sees what it asked.</param>
/// <param name="ReturnReason">The reason of the latest return.</param>
/// <param name="LastProgressAt">The latest progress report.</param>
/// <param name="LastEventAt">The latest applied event; a later event may not be earlier than it.</param>
public sealed record AssignmentState(
    AssignmentStatus Status,
    DateOnly DueOn,
    DateTime? SubmittedAt = null,
    DateTime? AcceptedAt = null,
    DateTime? ReturnedAt = null,
    string? ReturnReason = null,
    DateTime? LastProgressAt = null,
    DateTime? LastEventAt = null)
{
    /// <summary>A new assignment: open, nothing reported yet.</summary>
    public static AssignmentState Assigned(DateOnly dueOn) => new(AssignmentStatus.Open, dueOn);

    /// <summary>
    /// When the unit finished: the submission the office accepted, not the acceptance, so the
    /// office's delay never makes a unit late. Null unless accepted.
    /// </summary>
    public DateTime? CompletedAt => Status == AssignmentStatus.Accepted ? SubmittedAt ?? AcceptedAt : null;
}

using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>
/// A task given to one unit for one period (one-off tasks have period start
/// <see cref="DateOnly.MinValue"/>, so the unique key works the same on both providers). Its status
/// columns mirror <see cref="AssignmentState"/>, which <see cref="AssignmentWorkflow"/> computes from
/// the history in <see cref="Entries"/>; they are stored so lists and counts are plain queries.
/// </summary>
public sealed class TaskAssignment : IUnitOwned, IVersioned
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public DirectiveTask? Task { get; set; }

    public int UnitId { get; set; }

    public bool IsLead { get; set; }

    public DateOnly PeriodStart { get; set; } = DateOnly.MinValue;

    public DateOnly DueOn { get; set; }

    public AssignmentStatus Status { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public DateTime? ReturnedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public DateTime? LastProgressAtUtc { get; set; }

    public DateTime? LastEventAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public long Version { get; set; }

    public List<AssignmentEntry> Entries { get; set; } = [];

    public AssignmentState State => new(Status, DueOn, SubmittedAtUtc, AcceptedAtUtc, ReturnedAtUtc, ReturnReason, LastProgressAtUtc, LastEventAtUtc);

    /// <summary>Stores a state computed by <see cref="AssignmentWorkflow"/>.</summary>
    public void Apply(AssignmentState state)
    {
        Status = state.Status;
        SubmittedAtUtc = state.SubmittedAt;
        AcceptedAtUtc = state.AcceptedAt;
        ReturnedAtUtc = state.ReturnedAt;
        ReturnReason = state.ReturnReason;
        LastProgressAtUtc = state.LastProgressAt;
        LastEventAtUtc = state.LastEventAt;
    }
}

public enum AssignmentEntryKind
{
    Progress = 0,
    Submit = 1,
    Return = 2,
    Accept = 3,
}

/// <summary>One line of an assignment's history (append-only): progress, submission, return, acceptance.</summary>
public sealed class AssignmentEntry : IUnitOwned
{
    public long Id { get; set; }

    public int AssignmentId { get; set; }

    /// <summary>The assignment's unit, copied so the unit scope needs no join.</summary>
    public int UnitId { get; set; }

    public AssignmentEntryKind Kind { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Progress text, or the reason of a return.</summary>
    public string? Text { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public List<EvidenceFileLink> Files { get; set; } = [];

    public AssignmentEvent ToEvent() => Kind switch
    {
        AssignmentEntryKind.Progress => new AssignmentEvent.Progress(AtUtc, Text ?? string.Empty),
        AssignmentEntryKind.Submit => new AssignmentEvent.Submit(AtUtc),
        AssignmentEntryKind.Return => new AssignmentEvent.Return(AtUtc, Text ?? string.Empty),
        _ => new AssignmentEvent.Accept(AtUtc),
    };
}

/// <summary>An evidence file attached to an assignment entry.</summary>
public sealed class EvidenceFileLink
{
    public long EntryId { get; set; }

    public Guid FileId { get; set; }
}

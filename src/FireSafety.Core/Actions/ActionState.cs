namespace FireSafety.Core.Actions;

/// <summary>The workflow part of a corrective action, as <see cref="ActionWorkflow"/> computes it (UTC times).</summary>
public sealed record ActionState(
    ActionStatus Status,
    DateTime? FixedAt = null,
    string? FixedNote = null,
    string? FixedBy = null,
    DateTime? VerifiedAt = null,
    string? VerifiedBy = null,
    DateTime? RejectedAt = null,
    string? RejectReason = null)
{
    public static ActionState Opened { get; } = new(ActionStatus.Open);
}

/// <summary>Something done to a corrective action. A closed set, so the workflow knows every kind.</summary>
public abstract record ActionEvent
{
    private ActionEvent(DateTime at, string by)
    {
        At = at;
        By = by;
    }

    public DateTime At { get; }

    /// <summary>Who did it, as shown (user name).</summary>
    public string By { get; }

    /// <summary>The unit reports the deficiency remedied, with a note and evidence files.</summary>
    public sealed record Fix(DateTime At, string By, string Note, int EvidenceCount) : ActionEvent(At, By);

    /// <summary>The office confirms the fix.</summary>
    public sealed record Verify(DateTime At, string By) : ActionEvent(At, By);

    /// <summary>The office finds the fix insufficient and reopens the action, with a reason.</summary>
    public sealed record Reject(DateTime At, string By, string Reason) : ActionEvent(At, By);

    /// <summary>A later inspection found the item passing: the inspection itself is the evidence.</summary>
    public sealed record VerifyByInspection(DateTime At, string By, int InspectionId) : ActionEvent(At, By);
}

/// <summary>Either the new state, or the Vietnamese reason the event was refused.</summary>
public sealed record ActionTransition(ActionState? State, string? Refusal)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(State))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => State is not null;
}

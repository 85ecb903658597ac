using FireSafety.Core.Common;

namespace FireSafety.Core.Actions;

/// <summary>
/// Something a unit must put right (biện pháp khắc phục), raised by an inspection finding, an
/// equipment check, an incident, a risk point or by hand. Its status columns mirror
/// <see cref="ActionState"/>, which <see cref="ActionWorkflow"/> computes; open them through
/// <see cref="CorrectiveActions.OpenAsync"/> so the owner is notified.
/// </summary>
public sealed class CorrectiveAction : IUnitOwned, IVersioned, ISearchable
{
    public const int TitleMaxLength = 500;
    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    public int UnitId { get; set; }

    public ActionSource Source { get; set; }

    /// <summary>The id of the source record (inspection, incident ...), when there is one.</summary>
    public int? SourceId { get; set; }

    /// <summary>The inspection finding this action remedies, when it came from one.</summary>
    public int? FindingId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Severity Severity { get; set; }

    /// <summary>The user answerable for it; null means the unit's heads.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>The owner as shown (name and title), also for people without an account.</summary>
    public string? OwnerName { get; set; }

    /// <summary>Due date, Vietnam local; the whole day counts.</summary>
    public DateOnly DueOn { get; set; }

    public ActionStatus Status { get; set; }

    public DateTime? FixedAtUtc { get; set; }

    public string? FixedNote { get; set; }

    public string? FixedBy { get; set; }

    public DateTime? VerifiedAtUtc { get; set; }

    public string? VerifiedBy { get; set; }

    public DateTime? RejectedAtUtc { get; set; }

    public string? RejectReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<CorrectiveActionFile> Files { get; set; } = [];

    public ActionState State => new(Status, FixedAtUtc, FixedNote, FixedBy, VerifiedAtUtc, VerifiedBy, RejectedAtUtc, RejectReason);

    public IEnumerable<string?> SearchSources() => [Title, Description, OwnerName];

    /// <summary>Stores a state computed by <see cref="ActionWorkflow"/>.</summary>
    public void Apply(ActionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Status = state.Status;
        FixedAtUtc = state.FixedAt;
        FixedNote = state.FixedNote;
        FixedBy = state.FixedBy;
        VerifiedAtUtc = state.VerifiedAt;
        VerifiedBy = state.VerifiedBy;
        RejectedAtUtc = state.RejectedAt;
        RejectReason = state.RejectReason;
    }
}

/// <summary>An evidence file (a photo of the fix) attached to a corrective action.</summary>
public sealed class CorrectiveActionFile
{
    public int ActionId { get; set; }

    public Guid FileId { get; set; }
}

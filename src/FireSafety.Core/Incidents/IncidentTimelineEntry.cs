using FireSafety.Core.Common;

namespace FireSafety.Core.Incidents;

public enum IncidentEntryKind
{
    /// <summary>The quick report itself.</summary>
    Reported = 0,

    /// <summary>A note someone added (what happened, what was done).</summary>
    Note = 1,

    /// <summary>The full record was completed or changed.</summary>
    RecordUpdated = 2,

    /// <summary>A follow-up action was opened.</summary>
    FollowUp = 3,
}

/// <summary>
/// One line of an incident's timeline: who, when, what. Append-only (<see cref="IAppendOnly"/>):
/// the context refuses to update or delete one.
/// </summary>
public sealed class IncidentTimelineEntry : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public int IncidentId { get; set; }

    /// <summary>The incident's unit, copied so the unit scope needs no join.</summary>
    public int UnitId { get; set; }

    public IncidentEntryKind Kind { get; set; }

    public DateTime AtUtc { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public string? UserName { get; set; }
}

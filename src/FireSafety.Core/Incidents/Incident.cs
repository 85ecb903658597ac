using FireSafety.Core.Common;

namespace FireSafety.Core.Incidents;

/// <summary>
/// A fire, explosion, incident or accident at a unit: first a quick report (type, place, time, a
/// sentence, a photo), completed later into the full record. Times are UTC; counts are
/// non-negative; money is whole VND.
/// </summary>
public sealed class Incident : IUnitOwned, IVersioned, ISearchable
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public IncidentType Type { get; set; }

    /// <summary>Where it happened, in the reporter's words (the facility and area refine it).</summary>
    public string Place { get; set; } = string.Empty;

    /// <summary>The quick report's sentence.</summary>
    public string Summary { get; set; } = string.Empty;

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? DetectedAtUtc { get; set; }

    /// <summary>When it was reported to 114 or the competent authority.</summary>
    public DateTime? ReportedAtUtc { get; set; }

    /// <summary>Who it was reported to (114, Công an phường, ...).</summary>
    public string? ReportedTo { get; set; }

    public DateTime? ControlledAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public int? FacilityId { get; set; }

    public int? AreaId { get; set; }

    public string? Description { get; set; }

    public int? CauseId { get; set; }

    public int? OriginAreaId { get; set; }

    public int? HeatSourceId { get; set; }

    public int? ItemFirstIgnitedId { get; set; }

    public int Deaths { get; set; }

    public int Injured { get; set; }

    public int Rescued { get; set; }

    public long PropertyLostVnd { get; set; }

    public long PropertySavedVnd { get; set; }

    /// <summary>Forces and means mobilised (people, vehicles, outside help).</summary>
    public string? ForcesMobilised { get; set; }

    /// <summary>"4 tại chỗ": chỉ huy tại chỗ.</summary>
    public bool OnSiteCommand { get; set; }

    /// <summary>"4 tại chỗ": lực lượng tại chỗ.</summary>
    public bool OnSiteForces { get; set; }

    /// <summary>"4 tại chỗ": phương tiện tại chỗ.</summary>
    public bool OnSiteEquipment { get; set; }

    /// <summary>"4 tại chỗ": hậu cần tại chỗ.</summary>
    public bool OnSiteLogistics { get; set; }

    public string? OnSiteNotes { get; set; }

    /// <summary>The quick report's photo (an evidence file of the incident's unit).</summary>
    public Guid? PhotoFileId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedByUserId { get; set; }

    public string? CreatedByName { get; set; }

    /// <summary>When the full record was last completed; null while it is only a quick report.</summary>
    public DateTime? RecordedAtUtc { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<IncidentTimelineEntry> Timeline { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Place, Summary, Description, ReportedTo];
}

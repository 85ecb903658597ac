using FireSafety.Core.Common;

namespace FireSafety.Core.Units;

/// <summary>A room, floor or zone of a facility. High-risk areas are watched more closely.</summary>
public sealed class Area : IUnitOwned, IVersioned
{
    public int Id { get; set; }

    public int FacilityId { get; set; }

    public Facility? Facility { get; set; }

    /// <summary>
    /// The owning unit, copied from the facility when the area is created so the unit scope filter
    /// needs no join; areas never move between facilities.
    /// </summary>
    public int UnitId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Floor { get; set; }

    /// <summary>Điểm có nguy cơ cháy, nổ cao.</summary>
    public bool IsHighRisk { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}

using FireSafety.Core.Common;
using FireSafety.Core.Units;

namespace FireSafety.Core.RiskPoints;

/// <summary>
/// A high-risk point (điểm có nguy cơ cháy, nổ cao) in an area: what the hazard is, how likely and
/// how severe a fire there would be (1–5 each), what is done about it, who answers for it and
/// when it is reviewed next.
/// </summary>
public sealed class RiskPoint : IUnitOwned, IVersioned, ISearchable
{
    public const int HazardMaxLength = 500;
    public const int TextMaxLength = 2000;
    public const int OwnerMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Copied from the area.</summary>
    public int UnitId { get; set; }

    public int AreaId { get; set; }

    public Area? Area { get; set; }

    public string Hazard { get; set; } = string.Empty;

    /// <summary>1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; set; }

    /// <summary>1 (minor) to 5 (catastrophic).</summary>
    public int Severity { get; set; }

    public string? Measures { get; set; }

    /// <summary>The person answerable (name, title).</summary>
    public string OwnerName { get; set; } = string.Empty;

    public DateOnly NextReviewOn { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Score => RiskMatrix.Score(Likelihood, Severity);

    public IEnumerable<string?> SearchSources() => [Hazard, Measures, OwnerName];
}

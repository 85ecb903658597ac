using FireSafety.Core.Common;

namespace FireSafety.Core.Units;

/// <summary>A unit of the organisation (Sở, Văn phòng, Thanh tra, Phòng, Trung tâm), in a tree.</summary>
public sealed class Unit : IVersioned, ISearchable
{
    public int Id { get; set; }

    /// <summary>Short code used in document symbols, e.g. "VP" in "757/STP-VP".</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    /// <summary>
    /// Materialised path of ids from the root, e.g. "/1/4/": a unit's subtree is every unit whose
    /// path starts with its own, one indexed prefix query. Maintained by <see cref="UnitTree"/>.
    /// </summary>
    public string Path { get; set; } = "/";

    public string? HeadName { get; set; }

    public string? Phone { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<Facility> Facilities { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Code, Name, HeadName];
}

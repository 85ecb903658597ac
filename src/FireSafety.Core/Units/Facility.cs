using FireSafety.Core.Common;

namespace FireSafety.Core.Units;

/// <summary>Premises used by a unit (trụ sở, cơ sở).</summary>
public sealed class Facility : IUnitOwned, IVersioned, ISearchable
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public int? Floors { get; set; }

    public int? AreaSquareMetres { get; set; }

    /// <summary>On the list of facilities under PCCC management (cơ sở thuộc diện quản lý về PCCC).</summary>
    public bool IsManagedFacility { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<Area> Areas { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Name, Address];
}

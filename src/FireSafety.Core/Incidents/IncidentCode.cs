namespace FireSafety.Core.Incidents;

/// <summary>Which code list an <see cref="IncidentCode"/> belongs to.</summary>
public enum IncidentCodeKind
{
    /// <summary>Nhóm nguyên nhân: the cause category counted in the annual summary.</summary>
    Cause = 0,

    /// <summary>Khu vực phát sinh (NFIRS "area of fire origin").</summary>
    OriginArea = 1,

    /// <summary>Nguồn nhiệt gây cháy (NFIRS "heat source").</summary>
    HeatSource = 2,

    /// <summary>Vật bắt cháy đầu tiên (NFIRS "item first ignited").</summary>
    ItemFirstIgnited = 3,
}

/// <summary>
/// One entry of an incident code list. The lists are data (seeded by the migration, editable in
/// the database) so a department can follow the police's statistics codes without a release.
/// A code is retired with <see cref="IsActive"/>, never deleted: old incidents keep pointing at it.
/// </summary>
public sealed class IncidentCode
{
    public int Id { get; set; }

    public IncidentCodeKind Kind { get; set; }

    /// <summary>Short code, NFIRS-style (two digits, the first is the group).</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}

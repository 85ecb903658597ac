using FireSafety.Core.Common;
using FireSafety.Core.Units;

namespace FireSafety.Core.Equipment;

/// <summary>
/// One piece of equipment (phương tiện PCCC) in an area. <see cref="NextCheckDue"/> and
/// <see cref="NextMaintenanceDue"/> are computed by <see cref="EquipmentDueDates"/> and stored, so
/// lists can filter and sort on them in SQL; call <see cref="Recompute"/> after changing dates or type.
/// </summary>
public sealed class EquipmentItem : IUnitOwned, IVersioned, ISearchable
{
    public const int CodeMaxLength = 50;
    public const int SerialMaxLength = 100;
    public const int NoteMaxLength = 1000;

    public int Id { get; set; }

    /// <summary>Copied from the area (areas never move between facilities).</summary>
    public int UnitId { get; set; }

    public int AreaId { get; set; }

    public Area? Area { get; set; }

    public int TypeId { get; set; }

    public EquipmentType? Type { get; set; }

    /// <summary>The unit's own label code, unique within the unit (e.g. "BC-T1-01").</summary>
    public string Code { get; set; } = string.Empty;

    public string? Serial { get; set; }

    public DateOnly? ManufacturedOn { get; set; }

    public DateOnly? CommissionedOn { get; set; }

    public DateOnly? LastCheckedOn { get; set; }

    public DateOnly? LastMaintainedOn { get; set; }

    public DateOnly? NextCheckDue { get; set; }

    public DateOnly? NextMaintenanceDue { get; set; }

    public EquipmentStatus Status { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchSources() => [Code, Serial, Note];

    /// <summary>Stores the next due dates computed from the type's intervals.</summary>
    public void Recompute(EquipmentType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        NextCheckDue = EquipmentDueDates.NextDue(LastCheckedOn, CommissionedOn, type.CheckIntervalMonths);
        NextMaintenanceDue = EquipmentDueDates.NextDue(LastMaintainedOn, CommissionedOn ?? ManufacturedOn, type.MaintenanceIntervalMonths);
    }
}

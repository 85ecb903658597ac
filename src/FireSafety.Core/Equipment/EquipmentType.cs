namespace FireSafety.Core.Equipment;

/// <summary>
/// A kind of fire-safety equipment (bình bột ABC MFZ4, đèn EXIT ...) with how often it is checked
/// and maintained. Types are data, shared by every unit; the standard list is seeded by the migration.
/// </summary>
public sealed class EquipmentType
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Short code used in the Excel import (e.g. "MFZ4").</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Months between two quick checks (1 = monthly).</summary>
    public int CheckIntervalMonths { get; set; }

    /// <summary>Months between two maintenances (bảo dưỡng, nạp lại, thay thế).</summary>
    public int MaintenanceIntervalMonths { get; set; }

    public int SortOrder { get; set; }
}

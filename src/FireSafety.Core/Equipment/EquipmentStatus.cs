namespace FireSafety.Core.Equipment;

public enum EquipmentStatus
{
    InService = 0,
    NeedsRepair = 1,
    Retired = 2,
}

namespace FireSafety.Core.Actions;

/// <summary>What raised a corrective action; <see cref="CorrectiveAction.SourceId"/> names the record.</summary>
public enum ActionSource
{
    Inspection = 0,
    EquipmentCheck = 1,
    Incident = 2,
    RiskPoint = 3,
    Manual = 4,
}

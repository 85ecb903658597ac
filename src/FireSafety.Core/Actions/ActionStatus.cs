namespace FireSafety.Core.Actions;

/// <summary>Where a corrective action stands: open → fixed (by the unit) → verified (by the office).</summary>
public enum ActionStatus
{
    Open = 0,
    Fixed = 1,
    Verified = 2,
}

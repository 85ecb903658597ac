namespace FireSafety.Core.Actions;

/// <summary>How serious a failed check is: a critical failure opens a corrective action at once.</summary>
public enum Severity
{
    Critical = 0,
    Major = 1,
    Minor = 2,
}

namespace FireSafety.Core.Inspections;

/// <summary>Configuration section "Inspections".</summary>
public sealed class InspectionOptions
{
    public const string Section = "Inspections";

    /// <summary>How many days before the end of the current period a unit that has not inspected yet is reminded daily.</summary>
    public int ReminderDays { get; set; } = 7;

    /// <summary>Refuses a window longer than the longest period (a year) or negative.</summary>
    public InspectionOptions Validated() => ReminderDays is >= 0 and <= 366
        ? this
        : throw new InvalidOperationException($"{Section}:{nameof(ReminderDays)} must be between 0 and 366 days (is {ReminderDays}).");
}

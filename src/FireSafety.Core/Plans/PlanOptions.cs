namespace FireSafety.Core.Plans;

/// <summary>Configuration section "Plans".</summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    /// <summary>How many days before a plan's next review date the unit heads are reminded daily (and the list's "review due soon" filter reaches).</summary>
    public int ReviewWarningDays { get; set; } = 30;

    /// <summary>From the first day of this month (Vietnam time) a plan in force not yet drilled this year is reminded daily.</summary>
    public int DrillReminderFromMonth { get; set; } = 10;

    /// <summary>Refuses values the reminders cannot use.</summary>
    public PlanOptions Validated()
    {
        if (ReviewWarningDays is < 0 or > 3650)
        {
            throw new InvalidOperationException($"{Section}:{nameof(ReviewWarningDays)} must be between 0 and 3650 days (is {ReviewWarningDays}).");
        }

        return DrillReminderFromMonth is >= 1 and <= 12
            ? this
            : throw new InvalidOperationException($"{Section}:{nameof(DrillReminderFromMonth)} must be a month, 1 to 12 (is {DrillReminderFromMonth}).");
    }
}

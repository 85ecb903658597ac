namespace FireSafety.Core.Training;

/// <summary>Configuration section "Training".</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>How many days before its expiry a certificate shows as expiring soon and is warned about.</summary>
    public int WarningDays { get; set; } = 30;

    /// <summary>Refuses a window the status function cannot use (negative, or over ten years).</summary>
    public TrainingOptions Validated() => WarningDays is >= 0 and <= 3650
        ? this
        : throw new InvalidOperationException($"{Section}:{nameof(WarningDays)} must be between 0 and 3650 days (is {WarningDays}).");
}

namespace FireSafety.Core.Training;

/// <summary>Configuration section "Training".</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>How many days before its expiry a certificate shows as expiring soon and is warned about.</summary>
    public int WarningDays { get; set; } = 30;
}

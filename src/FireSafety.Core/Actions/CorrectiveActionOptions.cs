namespace FireSafety.Core.Actions;

/// <summary>Configuration section <c>CorrectiveActions</c>.</summary>
public sealed class CorrectiveActionOptions
{
    public const string Section = "CorrectiveActions";

    /// <summary>Days from opening to the default due date (an auto-opened action of a critical finding).</summary>
    public int DefaultDueDays { get; set; } = 7;

    /// <summary>How many days before the due date the owner gets a "due soon" reminder.</summary>
    public int DueSoonDays { get; set; } = 3;
}

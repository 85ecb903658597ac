namespace FireSafety.Core.Directives;

/// <summary>The rhythm a task states: "hằng năm", "hằng quý", "hằng tháng".</summary>
public enum Recurrence
{
    Yearly,
    Quarterly,
    Monthly,
}

namespace FireSafety.Core.Incidents;

/// <summary>Longest texts and largest numbers an incident accepts (columns and validators agree).</summary>
public static class IncidentLimits
{
    public const int Place = 300;
    public const int Summary = 500;
    public const int ReportedTo = 300;
    public const int Description = 8000;
    public const int ForcesMobilised = 2000;
    public const int OnSiteNotes = 2000;
    public const int TimelineText = 2000;

    /// <summary>Upper bound of deaths, injured and rescued: a typo guard, far above any real event.</summary>
    public const int MaxPeople = 100_000;

    /// <summary>Upper bound of property values: a million billion VND.</summary>
    public const long MaxVnd = 1_000_000_000_000_000;

    /// <summary>Nothing is recorded as happening before this date (typo guard).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
}

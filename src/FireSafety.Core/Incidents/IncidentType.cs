namespace FireSafety.Core.Incidents;

/// <summary>The four kinds of event the letter asks units to report: cháy, nổ, sự cố, tai nạn.</summary>
public enum IncidentType
{
    Fire = 0,
    Explosion = 1,
    Incident = 2,
    Accident = 3,
}

public static class IncidentTypes
{
    public static readonly IReadOnlyList<IncidentType> All = Enum.GetValues<IncidentType>();

    /// <summary>The Vietnamese name (also the resource key of the English label).</summary>
    public static string Name(IncidentType type) => type switch
    {
        IncidentType.Fire => "Cháy",
        IncidentType.Explosion => "Nổ",
        IncidentType.Incident => "Sự cố",
        _ => "Tai nạn",
    };
}

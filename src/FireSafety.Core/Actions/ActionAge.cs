using FireSafety.Core.Common;

namespace FireSafety.Core.Actions;

/// <summary>How long an action has been open, counted in Vietnamese calendar days since it was created.</summary>
public enum AgeBand
{
    /// <summary>Up to 30 days.</summary>
    UpTo30Days = 0,

    /// <summary>31 to 90 days.</summary>
    Days31To90 = 1,

    /// <summary>More than 90 days.</summary>
    Over90Days = 2,
}

/// <summary>The age bands of open actions on the dashboard and the actions list's matching filter.</summary>
public static class ActionAge
{
    public static AgeBand Band(DateTime createdAtUtc, DateOnly today)
    {
        var days = today.DayNumber - VietnamTime.ToLocalDate(createdAtUtc).DayNumber;
        return days switch
        {
            <= 30 => AgeBand.UpTo30Days,
            <= 90 => AgeBand.Days31To90,
            _ => AgeBand.Over90Days,
        };
    }

    /// <summary>
    /// The creation instants of a band as a UTC range for SQL: created at or after <c>FromUtc</c>
    /// (when set) and before <c>BeforeUtc</c> (when set). Agrees with <see cref="Band"/> to the day.
    /// </summary>
    public static (DateTime? FromUtc, DateTime? BeforeUtc) CreatedRange(AgeBand band, DateOnly today) => band switch
    {
        AgeBand.UpTo30Days => (VietnamTime.StartOfDayUtc(today.AddDays(-30)), null),
        AgeBand.Days31To90 => (VietnamTime.StartOfDayUtc(today.AddDays(-90)), VietnamTime.StartOfDayUtc(today.AddDays(-30))),
        _ => (null, VietnamTime.StartOfDayUtc(today.AddDays(-90))),
    };

    public static string Label(AgeBand band) => band switch
    {
        AgeBand.UpTo30Days => "Đến 30 ngày",
        AgeBand.Days31To90 => "31–90 ngày",
        _ => "Trên 90 ngày",
    };
}

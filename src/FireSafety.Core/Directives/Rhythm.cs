namespace FireSafety.Core.Directives;

/// <summary>The calendar period a rhythm repeats over.</summary>
public enum RhythmKind
{
    Monthly = 1,
    Quarterly = 2,
    Yearly = 3,
}

/// <summary>
/// How a recurring task repeats. Periods are calendar months, quarters (I: 1/1–31/3, …) and years,
/// in Vietnam local dates. The due date of a period is either a day of the month inside it
/// (<see cref="Day"/>: of the month, of the quarter's last month, of <see cref="Month"/> for a
/// year), clamped to the month's last day (31 → 30/4, 28/2 or 29/2), or a number of days after
/// the period's last day (<see cref="DaysAfterEnd"/>, e.g. a quarterly report due 15 days after
/// the quarter). Built by the factories, which refuse nonsense (day 0, 31/4, month 13).
/// </summary>
public sealed record Rhythm
{
    private Rhythm(RhythmKind kind, int? month, int? day, int? daysAfterEnd)
    {
        Kind = kind;
        Month = month;
        Day = day;
        DaysAfterEnd = daysAfterEnd;
    }

    public RhythmKind Kind { get; }

    /// <summary>The due month of a yearly rhythm with a day; null otherwise.</summary>
    public int? Month { get; }

    /// <summary>The due day of the month; null when the due date is <see cref="DaysAfterEnd"/>.</summary>
    public int? Day { get; }

    /// <summary>Days after the period's last day (0 = the last day itself); null when <see cref="Day"/> is set.</summary>
    public int? DaysAfterEnd { get; }

    /// <summary>Every calendar month, due on <paramref name="day"/> (1–31; 31 means the month's last day).</summary>
    public static Rhythm Monthly(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 31);
        return new Rhythm(RhythmKind.Monthly, null, day, null);
    }

    /// <summary>Every quarter, due on <paramref name="dayOfLastMonth"/> of March, June, September, December.</summary>
    public static Rhythm Quarterly(int dayOfLastMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfLastMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfLastMonth, 31);
        return new Rhythm(RhythmKind.Quarterly, null, dayOfLastMonth, null);
    }

    /// <summary>Every calendar year, due on <paramref name="day"/>/<paramref name="month"/>; 29/2 falls on 28/2 in common years.</summary>
    public static Rhythm Yearly(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);

        // Checked against a leap year so 29/2 is allowed; 30/2 and 31/4 are mistakes, not clamps.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2000, month));
        return new Rhythm(RhythmKind.Yearly, month, day, null);
    }

    /// <summary>Every period of <paramref name="kind"/>, due <paramref name="days"/> (0–366) after its last day.</summary>
    public static Rhythm AfterPeriodEnd(RhythmKind kind, int days)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 366);
        return new Rhythm(kind, null, null, days);
    }

    /// <summary>Rebuilds a rhythm from stored columns, through the same checks as the factories.</summary>
    public static Rhythm From(RhythmKind kind, int? month, int? day, int? daysAfterEnd) => (kind, month, day, daysAfterEnd) switch
    {
        (_, null, null, int days) => AfterPeriodEnd(kind, days),
        (RhythmKind.Monthly, null, int d, null) => Monthly(d),
        (RhythmKind.Quarterly, null, int d, null) => Quarterly(d),
        (RhythmKind.Yearly, int m, int d, null) => Yearly(m, d),
        _ => throw new ArgumentException($"Nhịp lặp không hợp lệ: {kind}, tháng {month}, ngày {day}, {daysAfterEnd} ngày sau kỳ."),
    };
}

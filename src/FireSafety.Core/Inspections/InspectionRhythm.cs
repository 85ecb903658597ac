namespace FireSafety.Core.Inspections;

public enum RhythmState
{
    /// <summary>The current period is inspected; the next is due by <see cref="RhythmStatus.NextDueOn"/>.</summary>
    Done,

    /// <summary>The current period still needs an inspection, by its end.</summary>
    Due,

    /// <summary>The previous period passed without an inspection and the current one has none yet.</summary>
    Overdue,
}

public enum CoverageCell
{
    NotDue,
    Due,
    Overdue,
    Inspected,
}

/// <summary>A unit's standing against its rhythm.</summary>
public sealed record RhythmStatus(RhythmState State, DateOnly NextDueOn, DateOnly? LastInspectedOn);

/// <summary>
/// Periods of <c>n</c> months aligned with the calendar year (n = 1, 2, 3, 4, 6 or 12): monthly
/// periods are months, quarterly ones are quarters. A period is covered by any submitted
/// inspection dated inside it. Periods that end before the plan's start are never due.
/// </summary>
public static class InspectionRhythm
{
    public static readonly int[] Intervals = [1, 2, 3, 4, 6, 12];

    public static (DateOnly Start, DateOnly End) PeriodOf(DateOnly date, int months)
    {
        Require(months);
        var startMonth = ((date.Month - 1) / months * months) + 1;
        var start = new DateOnly(date.Year, startMonth, 1);
        return (start, start.AddMonths(months).AddDays(-1));
    }

    public static RhythmStatus Status(int months, DateOnly? startsOn, IReadOnlyCollection<DateOnly> inspectedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(inspectedOn);
        var current = PeriodOf(today, months);
        var previous = PeriodOf(current.Start.AddDays(-1), months);
        DateOnly? last = inspectedOn.Count == 0 ? null : inspectedOn.Max();
        if (Covered(current, inspectedOn))
        {
            return new RhythmStatus(RhythmState.Done, PeriodOf(current.End.AddDays(1), months).End, last);
        }

        var previousCounts = startsOn is not { } start || previous.End >= start;
        return previousCounts && !Covered(previous, inspectedOn)
            ? new RhythmStatus(RhythmState.Overdue, previous.End, last)
            : new RhythmStatus(RhythmState.Due, current.End, last);
    }

    /// <summary>
    /// The coverage view's cell for one month: inspected (an inspection that month); otherwise,
    /// for the last month of its period, overdue (period over, none in it), due (current period,
    /// none yet) or not due; the other months of a period are not due.
    /// </summary>
    public static CoverageCell Cell(int months, DateOnly? startsOn, IReadOnlyCollection<DateOnly> inspectedOn, int year, int month, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(inspectedOn);
        var first = new DateOnly(year, month, 1);
        if (inspectedOn.Any(d => d.Year == year && d.Month == month))
        {
            return CoverageCell.Inspected;
        }

        var period = PeriodOf(first, months);
        var isLastMonth = period.End.Month == month;
        if (!isLastMonth || Covered(period, inspectedOn) || (startsOn is { } start && period.End < start) || period.Start > today)
        {
            return CoverageCell.NotDue;
        }

        return period.End < today ? CoverageCell.Overdue : CoverageCell.Due;
    }

    private static bool Covered((DateOnly Start, DateOnly End) period, IEnumerable<DateOnly> inspectedOn) =>
        inspectedOn.Any(d => d >= period.Start && d <= period.End);

    private static void Require(int months)
    {
        if (!Intervals.Contains(months))
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "The interval must divide the year: 1, 2, 3, 4, 6 or 12 months.");
        }
    }
}

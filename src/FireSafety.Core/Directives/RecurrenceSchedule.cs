using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>One period of a rhythm, in Vietnam local dates; <see cref="DueOn"/> may lie after <see cref="End"/>.</summary>
public readonly record struct RecurrencePeriod(DateOnly Start, DateOnly End, DateOnly DueOn);

/// <summary>
/// The periods of a <see cref="Rhythm"/>. "A rhythm creates each period's assignment as the period
/// opens": a period is open from its <see cref="RecurrencePeriod.Start"/>; a job asks
/// <see cref="Missing"/> for the opened periods that have no assignment yet and creates them under
/// <see cref="AssignmentKey"/> (task + unit + period start), so running it twice creates nothing twice.
/// </summary>
public static class RecurrenceSchedule
{
    /// <summary>The period that contains <paramref name="date"/>.</summary>
    public static RecurrencePeriod PeriodOpenOn(Rhythm rhythm, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        var start = rhythm.Kind switch
        {
            RhythmKind.Monthly => new DateOnly(date.Year, date.Month, 1),
            RhythmKind.Quarterly => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
            RhythmKind.Yearly => new DateOnly(date.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(rhythm), rhythm.Kind, null),
        };
        return PeriodStartingOn(rhythm, start);
    }

    /// <summary>Every period that overlaps [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public static IEnumerable<RecurrencePeriod> Periods(Rhythm rhythm, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        return Iterate(rhythm, from, to);

        static IEnumerable<RecurrencePeriod> Iterate(Rhythm rhythm, DateOnly from, DateOnly to)
        {
            if (to < from)
            {
                yield break;
            }

            for (var period = PeriodOpenOn(rhythm, from); period.Start <= to; period = Next(rhythm, period))
            {
                yield return period;
            }
        }
    }

    /// <summary>The first due date strictly after <paramref name="after"/>, whichever period it belongs to.</summary>
    public static DateOnly NextDue(Rhythm rhythm, DateOnly after)
    {
        ArgumentNullException.ThrowIfNull(rhythm);

        // With days after the end, the next due can belong to the period before the one containing
        // <after>; no earlier period can be due after it, since its end + offset is before <after>.
        var period = PeriodOpenOn(rhythm, after.AddDays(-(rhythm.DaysAfterEnd ?? 0)));
        while (period.DueOn <= after)
        {
            period = Next(rhythm, period);
        }

        return period.DueOn;
    }

    /// <summary>
    /// The periods that should have an assignment by <paramref name="today"/> (a Vietnam date):
    /// every period that has started by then, from the one containing <paramref name="startsOn"/>
    /// (the day the task took effect), skipping that first one if its due date was already past
    /// on that day (a task issued on 28/3 with a monthly due day 25 starts with April), and none
    /// that starts after <paramref name="endsOn"/>.
    /// </summary>
    public static IReadOnlyList<RecurrencePeriod> Opened(Rhythm rhythm, DateOnly startsOn, DateOnly today, DateOnly? endsOn = null)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        var last = endsOn is DateOnly end && end < today ? end : today;
        var opened = new List<RecurrencePeriod>();
        var period = PeriodOpenOn(rhythm, startsOn);
        if (period.DueOn < startsOn)
        {
            period = Next(rhythm, period);
        }

        for (; period.Start <= last; period = Next(rhythm, period))
        {
            opened.Add(period);
        }

        return opened;
    }

    /// <summary><see cref="Opened(Rhythm, DateOnly, DateOnly, DateOnly?)"/> with today's Vietnam date.</summary>
    public static IReadOnlyList<RecurrencePeriod> Opened(Rhythm rhythm, DateOnly startsOn, TimeProvider time, DateOnly? endsOn = null) =>
        Opened(rhythm, startsOn, VietnamTime.Today(time), endsOn);

    /// <summary>The opened periods whose start is not among <paramref name="existingPeriodStarts"/> (one task and unit).</summary>
    public static IReadOnlyList<RecurrencePeriod> Missing(Rhythm rhythm, DateOnly startsOn, DateOnly today, IEnumerable<DateOnly> existingPeriodStarts, DateOnly? endsOn = null)
    {
        ArgumentNullException.ThrowIfNull(existingPeriodStarts);
        var existing = existingPeriodStarts.ToHashSet();
        return [.. Opened(rhythm, startsOn, today, endsOn).Where(p => !existing.Contains(p.Start))];
    }

    private static RecurrencePeriod Next(Rhythm rhythm, RecurrencePeriod period) => PeriodStartingOn(rhythm, period.End.AddDays(1));

    private static RecurrencePeriod PeriodStartingOn(Rhythm rhythm, DateOnly start)
    {
        var end = rhythm.Kind switch
        {
            RhythmKind.Monthly => start.AddMonths(1).AddDays(-1),
            RhythmKind.Quarterly => start.AddMonths(3).AddDays(-1),
            _ => start.AddYears(1).AddDays(-1),
        };
        return new RecurrencePeriod(start, end, DueOn(rhythm, end));
    }

    private static DateOnly DueOn(Rhythm rhythm, DateOnly end)
    {
        if (rhythm.DaysAfterEnd is int days)
        {
            return end.AddDays(days);
        }

        // The due month is the period's last month, except for a yearly rhythm's own month.
        var month = rhythm.Month ?? end.Month;
        var day = Math.Min(rhythm.Day!.Value, DateTime.DaysInMonth(end.Year, month));
        return new DateOnly(end.Year, month, day);
    }
}

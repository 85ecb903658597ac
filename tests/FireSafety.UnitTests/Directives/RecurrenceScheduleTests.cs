using FireSafety.Core.Directives;
using Microsoft.Extensions.Time.Testing;
using static FireSafety.Core.Directives.RecurrenceSchedule;

namespace FireSafety.UnitTests.Directives;

public sealed class RecurrenceScheduleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Monthly_Day31_FallsOnTheLastDayOfEachMonth()
    {
        var dues = Periods(Rhythm.Monthly(31), D(2026, 1, 1), D(2026, 4, 30)).Select(p => p.DueOn);

        Assert.Equal([D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)], dues);
    }

    [Fact]
    public void Monthly_Day30_FallsOn29FebruaryInALeapYear()
    {
        Assert.Equal(D(2028, 2, 29), PeriodOpenOn(Rhythm.Monthly(30), D(2028, 2, 10)).DueOn);
        Assert.Equal(D(2026, 2, 28), PeriodOpenOn(Rhythm.Monthly(30), D(2026, 2, 10)).DueOn);
    }

    [Fact]
    public void Monthly_PeriodsAreCalendarMonths()
    {
        var period = PeriodOpenOn(Rhythm.Monthly(25), D(2026, 2, 14));

        Assert.Equal(new RecurrencePeriod(D(2026, 2, 1), D(2026, 2, 28), D(2026, 2, 25)), period);
    }

    [Fact]
    public void Yearly_29February_FallsOn28FebruaryInCommonYearsAnd29InLeapYears()
    {
        var dues = Periods(Rhythm.Yearly(2, 29), D(2026, 1, 1), D(2029, 1, 1)).Select(p => p.DueOn);

        Assert.Equal([D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29), D(2029, 2, 28)], dues);
    }

    [Fact]
    public void Yearly_PeriodIsTheCalendarYear()
    {
        Assert.Equal(
            new RecurrencePeriod(D(2026, 1, 1), D(2026, 12, 31), D(2026, 12, 15)),
            PeriodOpenOn(Rhythm.Yearly(12, 15), D(2026, 7, 1)));
    }

    [Theory]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 4, 1, 4)]
    [InlineData(2026, 6, 30, 4)]
    [InlineData(2026, 7, 1, 7)]
    [InlineData(2026, 12, 31, 10)]
    [InlineData(2027, 1, 1, 1)]
    public void PeriodOpenOn_QuarterEnds_BelongToTheirQuarter(int year, int month, int day, int startMonth)
    {
        var period = PeriodOpenOn(Rhythm.Quarterly(20), D(year, month, day));

        Assert.Equal(D(year, startMonth, 1), period.Start);
        Assert.Equal(D(year, startMonth, 1).AddMonths(3).AddDays(-1), period.End);
    }

    [Fact]
    public void Quarterly_Day31OfTheLastMonth_ClampsToJuneAndSeptember30()
    {
        var dues = Periods(Rhythm.Quarterly(31), D(2026, 1, 1), D(2026, 12, 31)).Select(p => p.DueOn);

        Assert.Equal([D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)], dues);
    }

    [Fact]
    public void Quarterly_DaysAfterEnd_DueOfTheFourthQuarterIsInTheNextYear()
    {
        var q4 = PeriodOpenOn(Rhythm.AfterPeriodEnd(RhythmKind.Quarterly, 15), D(2026, 11, 3));

        Assert.Equal(new RecurrencePeriod(D(2026, 10, 1), D(2026, 12, 31), D(2027, 1, 15)), q4);
    }

    [Fact]
    public void Yearly_DaysAfterEnd_ZeroIsTheLastDayOfTheYear() =>
        Assert.Equal(D(2026, 12, 31), PeriodOpenOn(Rhythm.AfterPeriodEnd(RhythmKind.Yearly, 0), D(2026, 1, 1)).DueOn);

    [Fact]
    public void Periods_AcrossTheYearBoundary_AreContiguousAndIncludeBothPartialEnds()
    {
        var periods = Periods(Rhythm.Monthly(10), D(2026, 11, 20), D(2027, 1, 5)).ToList();

        Assert.Equal([D(2026, 11, 1), D(2026, 12, 1), D(2027, 1, 1)], periods.Select(p => p.Start));
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
    }

    [Fact]
    public void Periods_WithAnEmptyRange_IsEmpty() =>
        Assert.Empty(Periods(Rhythm.Monthly(10), D(2026, 5, 1), D(2026, 4, 30)));

    [Theory]
    [InlineData(2026, 3, 19, 2026, 3, 20)]
    [InlineData(2026, 3, 20, 2026, 6, 20)]
    [InlineData(2026, 12, 20, 2027, 3, 20)]
    public void NextDue_IsStrictlyAfterTheGivenDay(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), NextDue(Rhythm.Quarterly(20), D(y, m, d)));

    [Fact]
    public void NextDue_WithDaysAfterEnd_CanBeThePreviousPeriods()
    {
        var rhythm = Rhythm.AfterPeriodEnd(RhythmKind.Quarterly, 15);

        Assert.Equal(D(2027, 1, 15), NextDue(rhythm, D(2027, 1, 3)));
        Assert.Equal(D(2027, 4, 15), NextDue(rhythm, D(2027, 1, 15)));
    }

    [Fact]
    public void NextDue_Monthly31_AfterJanuary31_IsFebruary28() =>
        Assert.Equal(D(2026, 2, 28), NextDue(Rhythm.Monthly(31), D(2026, 1, 31)));

    [Fact]
    public void Opened_ByAGivenDay_ContainsEveryPeriodThatHasStarted()
    {
        var opened = Opened(Rhythm.Monthly(25), startsOn: D(2026, 1, 10), today: D(2026, 4, 1));

        Assert.Equal([D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1)], opened.Select(p => p.Start));
    }

    [Fact]
    public void Opened_TheDayBeforeAPeriodStarts_DoesNotContainIt()
    {
        var opened = Opened(Rhythm.Quarterly(20), startsOn: D(2026, 1, 1), today: D(2026, 3, 31));

        Assert.Equal([D(2026, 1, 1)], opened.Select(p => p.Start));
    }

    [Fact]
    public void Opened_SkipsTheFirstPeriodWhenItsDueDateHadPassedWhenTheTaskStarted()
    {
        var opened = Opened(Rhythm.Monthly(25), startsOn: D(2026, 3, 26), today: D(2026, 4, 2));

        Assert.Equal([D(2026, 4, 1)], opened.Select(p => p.Start));
    }

    [Fact]
    public void Opened_KeepsTheFirstPeriodWhenTheTaskStartsOnItsDueDate()
    {
        var opened = Opened(Rhythm.Monthly(25), startsOn: D(2026, 3, 25), today: D(2026, 3, 25));

        Assert.Equal([D(2026, 3, 1)], opened.Select(p => p.Start));
    }

    [Fact]
    public void Opened_BeforeTheTaskStarts_IsEmpty() =>
        Assert.Empty(Opened(Rhythm.Monthly(25), startsOn: D(2026, 5, 1), today: D(2026, 4, 30)));

    [Fact]
    public void Opened_StopsAfterTheTasksEndDate()
    {
        var opened = Opened(Rhythm.Yearly(12, 15), startsOn: D(2024, 1, 1), today: D(2030, 6, 1), endsOn: D(2026, 12, 31));

        Assert.Equal([D(2024, 1, 1), D(2025, 1, 1), D(2026, 1, 1)], opened.Select(p => p.Start));
    }

    [Fact]
    public void Opened_UsesTheVietnamDateOfTheTimeProvider()
    {
        // 17:00 UTC on 31/12/2026 is already 00:00 on 1/1/2027 in Vietnam: January's period is open.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 59, 59, TimeSpan.Zero));
        var rhythm = Rhythm.Monthly(31);

        Assert.Equal(D(2026, 12, 1), Opened(rhythm, D(2026, 12, 1), time)[^1].Start);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(D(2027, 1, 1), Opened(rhythm, D(2026, 12, 1), time)[^1].Start);
    }

    [Fact]
    public void Missing_ReturnsOnlyPeriodsWithoutAnAssignment()
    {
        var missing = Missing(Rhythm.Monthly(25), D(2026, 1, 1), D(2026, 4, 1), [D(2026, 1, 1), D(2026, 3, 1)]);

        Assert.Equal([D(2026, 2, 1), D(2026, 4, 1)], missing.Select(p => p.Start));
    }

    [Fact]
    public void Missing_RunTwice_CreatesNothingTheSecondTime()
    {
        var rhythm = Rhythm.AfterPeriodEnd(RhythmKind.Quarterly, 10);
        var existing = new HashSet<AssignmentKey> { AssignmentKey.ForPeriod(7, 3, PeriodOpenOn(rhythm, D(2026, 2, 1))) };

        foreach (var period in Missing(rhythm, D(2026, 1, 1), D(2026, 12, 31), existing.Select(k => k.PeriodStart)))
        {
            Assert.True(existing.Add(AssignmentKey.ForPeriod(7, 3, period)));
        }

        Assert.Equal(4, existing.Count);
        Assert.Empty(Missing(rhythm, D(2026, 1, 1), D(2026, 12, 31), existing.Select(k => k.PeriodStart)));
    }

    [Fact]
    public void AssignmentKey_ForTheSamePeriod_IsEqualWhicheverDayOfThePeriodItWasComputedOn()
    {
        var rhythm = Rhythm.Quarterly(20);

        Assert.Equal(
            AssignmentKey.ForPeriod(1, 2, PeriodOpenOn(rhythm, D(2026, 4, 1))),
            AssignmentKey.ForPeriod(1, 2, PeriodOpenOn(rhythm, D(2026, 6, 30))));
        Assert.NotEqual(AssignmentKey.ForPeriod(1, 2, PeriodOpenOn(rhythm, D(2026, 4, 1))), AssignmentKey.OneOff(1, 2));
        Assert.True(AssignmentKey.OneOff(1, 2).IsOneOff);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void Monthly_WithADayOutside1To31_Throws(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rhythm.Monthly(day));

    [Theory]
    [InlineData(4, 31)]
    [InlineData(2, 30)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    public void Yearly_WithADateNoYearHas_Throws(int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rhythm.Yearly(month, day));

    [Fact]
    public void AfterPeriodEnd_WithNegativeDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rhythm.AfterPeriodEnd(RhythmKind.Monthly, -1));

    [Fact]
    public void From_StoredColumns_RebuildsAnEqualRhythm()
    {
        Rhythm[] rhythms = [Rhythm.Monthly(31), Rhythm.Quarterly(20), Rhythm.Yearly(2, 29), Rhythm.AfterPeriodEnd(RhythmKind.Quarterly, 15)];

        Assert.All(rhythms, r => Assert.Equal(r, Rhythm.From(r.Kind, r.Month, r.Day, r.DaysAfterEnd)));
    }

    [Fact]
    public void From_InconsistentColumns_Throws()
    {
        Assert.Throws<ArgumentException>(() => Rhythm.From(RhythmKind.Monthly, 3, 10, null));
        Assert.Throws<ArgumentException>(() => Rhythm.From(RhythmKind.Yearly, null, 10, null));
        Assert.Throws<ArgumentException>(() => Rhythm.From(RhythmKind.Quarterly, null, 10, 5));
    }
}

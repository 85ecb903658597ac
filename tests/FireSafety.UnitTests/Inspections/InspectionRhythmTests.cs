using FireSafety.Core.Inspections;

namespace FireSafety.UnitTests.Inspections;

public sealed class InspectionRhythmTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(1, 2026, 11, 10, 2026, 11, 1, 2026, 11, 30)]
    [InlineData(3, 2026, 11, 10, 2026, 10, 1, 2026, 12, 31)]
    [InlineData(6, 2026, 2, 28, 2026, 1, 1, 2026, 6, 30)]
    [InlineData(12, 2026, 12, 31, 2026, 1, 1, 2026, 12, 31)]
    public void Periods_AlignWithTheCalendarYear(int months, int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed) =>
        Assert.Equal((D(sy, sm, sd), D(ey, em, ed)), InspectionRhythm.PeriodOf(D(y, m, d), months));

    [Fact]
    public void Interval_ThatDoesNotDivideTheYear_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InspectionRhythm.PeriodOf(D(2026, 1, 1), 5));

    [Fact]
    public void Monthly_InspectedThisMonth_IsDone_NextDueEndOfNextMonth()
    {
        var status = InspectionRhythm.Status(1, null, [D(2026, 11, 3)], D(2026, 11, 20));

        Assert.Equal(RhythmState.Done, status.State);
        Assert.Equal(D(2026, 12, 31), status.NextDueOn);
        Assert.Equal(D(2026, 11, 3), status.LastInspectedOn);
    }

    [Fact]
    public void Monthly_LastMonthDone_ThisMonthNotYet_IsDueByMonthEnd()
    {
        var status = InspectionRhythm.Status(1, null, [D(2026, 10, 28)], D(2026, 11, 20));

        Assert.Equal(RhythmState.Due, status.State);
        Assert.Equal(D(2026, 11, 30), status.NextDueOn);
    }

    [Fact]
    public void Monthly_LastMonthMissed_IsOverdue_SinceItsEnd()
    {
        var status = InspectionRhythm.Status(1, null, [D(2026, 9, 5)], D(2026, 11, 1));

        Assert.Equal(RhythmState.Overdue, status.State);
        Assert.Equal(D(2026, 10, 31), status.NextDueOn);
    }

    [Fact]
    public void PlanStartingThisPeriod_IsNotOverdueForTheOneBefore()
    {
        var status = InspectionRhythm.Status(1, D(2026, 11, 1), [], D(2026, 11, 20));

        Assert.Equal(RhythmState.Due, status.State);
    }

    [Fact]
    public void Quarterly_AnInspectionAnywhereInTheQuarter_CoversIt()
    {
        var status = InspectionRhythm.Status(3, null, [D(2026, 7, 2), D(2026, 10, 2)], D(2026, 12, 30));

        Assert.Equal(RhythmState.Done, status.State);
        Assert.Equal(D(2027, 3, 31), status.NextDueOn);
    }

    [Fact]
    public void Coverage_Monthly_InspectedDueOverdueNotDue()
    {
        IReadOnlyCollection<DateOnly> dates = [D(2026, 9, 10)];
        var today = D(2026, 11, 10);

        Assert.Equal(CoverageCell.Inspected, InspectionRhythm.Cell(1, null, dates, 2026, 9, today));
        Assert.Equal(CoverageCell.Overdue, InspectionRhythm.Cell(1, null, dates, 2026, 10, today));
        Assert.Equal(CoverageCell.Due, InspectionRhythm.Cell(1, null, dates, 2026, 11, today));
        Assert.Equal(CoverageCell.NotDue, InspectionRhythm.Cell(1, null, dates, 2026, 12, today));
        Assert.Equal(CoverageCell.NotDue, InspectionRhythm.Cell(1, D(2026, 6, 1), dates, 2026, 5, today));
    }

    [Fact]
    public void Coverage_Quarterly_OnlyTheQuartersLastMonthIsDueOrOverdue()
    {
        IReadOnlyCollection<DateOnly> dates = [D(2026, 8, 1)];
        var today = D(2026, 11, 10);

        Assert.Equal(CoverageCell.NotDue, InspectionRhythm.Cell(3, null, dates, 2026, 1, today));
        Assert.Equal(CoverageCell.Overdue, InspectionRhythm.Cell(3, null, dates, 2026, 3, today));
        Assert.Equal(CoverageCell.Inspected, InspectionRhythm.Cell(3, null, dates, 2026, 8, today));
        Assert.Equal(CoverageCell.NotDue, InspectionRhythm.Cell(3, null, dates, 2026, 9, today));
        Assert.Equal(CoverageCell.NotDue, InspectionRhythm.Cell(3, null, dates, 2026, 11, today));
        Assert.Equal(CoverageCell.Due, InspectionRhythm.Cell(3, null, dates, 2026, 12, today));
    }
}

using FireSafety.Core.Inspections;

namespace FireSafety.UnitTests.Inspections;

/// <summary>When a unit is reminded of its self-inspection: the window before the period's end, the missed period, the plan's start.</summary>
public sealed class InspectionReminderTimingTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static RhythmState? Reminder(int months, DateOnly? startsOn, DateOnly[] inspected, DateOnly today, int days = 7) =>
        InspectionReminders.ReminderFor(InspectionRhythm.Status(months, startsOn, inspected, today), startsOn, today, days);

    [Theory]
    [InlineData(2026, 12, 23, null)] // the day before the window
    [InlineData(2026, 12, 24, RhythmState.Due)] // first day: 7 days before the period's end
    [InlineData(2026, 12, 31, RhythmState.Due)] // last day of the period
    [InlineData(2027, 1, 1, RhythmState.Overdue)] // the next period: December was missed
    [InlineData(2027, 1, 31, RhythmState.Overdue)]
    public void Monthly_InspectedInNovember(int y, int m, int d, RhythmState? expected) =>
        Assert.Equal(expected, Reminder(1, null, [D(2026, 11, 10)], D(y, m, d)));

    [Theory]
    [InlineData(2027, 2, 20, null)]
    [InlineData(2027, 2, 21, RhythmState.Due)] // 28 February - 7
    [InlineData(2027, 2, 28, RhythmState.Due)]
    [InlineData(2027, 3, 1, RhythmState.Overdue)] // February was missed
    [InlineData(2028, 2, 21, null)] // a leap year: the period ends on the 29th
    [InlineData(2028, 2, 22, RhythmState.Due)]
    [InlineData(2028, 2, 29, RhythmState.Due)]
    [InlineData(2028, 3, 1, RhythmState.Overdue)]
    public void MonthEnds_FebruaryAndLeapYears_InspectedInJanuary(int y, int m, int d, RhythmState? expected) =>
        Assert.Equal(expected, Reminder(1, null, [D(y, 1, 15)], D(y, m, d)));

    [Theory]
    [InlineData(2026, 11, 30, null)] // quarter IV runs to 31 December
    [InlineData(2026, 12, 23, null)]
    [InlineData(2026, 12, 24, RhythmState.Due)]
    [InlineData(2027, 1, 1, RhythmState.Overdue)]
    public void Quarterly_InspectedInTheThirdQuarter(int y, int m, int d, RhythmState? expected) =>
        Assert.Equal(expected, Reminder(3, null, [D(2026, 8, 20)], D(y, m, d)));

    [Fact]
    public void APeriodAlreadyInspected_IsNotReminded()
    {
        Assert.Null(Reminder(1, null, [D(2026, 12, 2)], D(2026, 12, 31)));
        Assert.Null(Reminder(3, null, [D(2026, 10, 1)], D(2026, 12, 31)));
    }

    [Fact]
    public void NeverInspected_IsOverdue()
        => Assert.Equal(RhythmState.Overdue, Reminder(1, null, [], D(2026, 12, 5)));

    [Theory]
    [InlineData(1, 2027, 1, 1, 2026, 12, 28, null)] // the plan starts next month: December is never due
    [InlineData(12, 2027, 3, 1, 2026, 12, 28, null)] // yearly, starting next March
    [InlineData(1, 2026, 12, 15, 2026, 12, 28, RhythmState.Due)] // starts within the period: this period counts
    [InlineData(1, 2026, 12, 15, 2027, 1, 1, RhythmState.Overdue)]
    [InlineData(1, 2027, 1, 1, 2027, 1, 1, null)] // first day of the first period: due by 31 January, not yet in the window
    public void APlanStartingLater_IsNeverDueBeforeItsStart(int months, int sy, int sm, int sd, int y, int m, int d, RhythmState? expected) =>
        Assert.Equal(expected, Reminder(months, D(sy, sm, sd), [], D(y, m, d)));

    [Fact]
    public void AZeroDayWindow_RemindsOnlyOnTheLastDay()
    {
        Assert.Null(Reminder(1, null, [D(2026, 11, 10)], D(2026, 12, 30), days: 0));
        Assert.Equal(RhythmState.Due, Reminder(1, null, [D(2026, 11, 10)], D(2026, 12, 31), days: 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void AnUnusableWindow_IsRefusedAtStartup(int days) =>
        Assert.Throws<InvalidOperationException>(() => new InspectionOptions { ReminderDays = days }.Validated());
}

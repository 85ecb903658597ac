using FireSafety.Core.Plans;

namespace FireSafety.UnitTests.Plans;

public sealed class PlanReminderRulesTests
{
    [Theory]
    [InlineData(2026, 9, 30, 10, false)]
    [InlineData(2026, 10, 1, 10, true)]
    [InlineData(2026, 12, 31, 10, true)]
    [InlineData(2027, 1, 1, 10, false)] // a new year: not before October again
    [InlineData(2027, 1, 1, 1, true)]
    public void DrillReminders_RunFromTheConfiguredMonth_UntilTheYearEnds(int y, int m, int d, int fromMonth, bool expected) =>
        Assert.Equal(expected, PlanReminders.DrillRemindersOn(new DateOnly(y, m, d), fromMonth));

    [Fact]
    public void Links_OpenTheUnitsPlansInForce_WithTheCountedFilter()
    {
        Assert.Equal("/Plans?inForce=2026&review=Overdue&unitId=7", PlanReminders.ReviewUrl(7, 2026, "Overdue"));
        Assert.Equal("/Plans?inForce=2026&year=2026&drilled=false&unitId=7", PlanReminders.NotDrilledUrl(7, 2026));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(3651, 10)]
    [InlineData(30, 0)]
    [InlineData(30, 13)]
    public void UnusableSettings_AreRefusedAtStartup(int days, int month) =>
        Assert.Throws<InvalidOperationException>(() => new PlanOptions { ReviewWarningDays = days, DrillReminderFromMonth = month }.Validated());
}

using FireSafety.Core.Actions;
using FireSafety.Core.Common;

namespace FireSafety.UnitTests.Actions;

public sealed class ActionAgeTests
{
    private static readonly DateOnly Today = new(2028, 3, 1);

    [Theory]
    [InlineData(0, AgeBand.UpTo30Days)]
    [InlineData(30, AgeBand.UpTo30Days)]
    [InlineData(31, AgeBand.Days31To90)]
    [InlineData(90, AgeBand.Days31To90)]
    [InlineData(91, AgeBand.Over90Days)]
    [InlineData(400, AgeBand.Over90Days)]
    public void Band_CountsVietnameseCalendarDays(int daysAgo, AgeBand expected)
    {
        // Created at 23:30 Vietnam time of that day: still that day, though it is 16:30 UTC.
        var created = VietnamTime.ToUtc(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(23, 30)));
        var createdEarly = VietnamTime.ToUtc(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(0, 5)));

        Assert.Equal(expected, ActionAge.Band(created, Today));
        Assert.Equal(expected, ActionAge.Band(createdEarly, Today));
    }

    [Fact]
    public void CreatedRange_AgreesWithBand_ForEveryMinuteAroundTheEdges()
    {
        foreach (var daysAgo in new[] { 0, 29, 30, 31, 32, 89, 90, 91, 92 })
        {
            for (var minute = 0; minute < 24 * 60; minute += 7)
            {
                var created = VietnamTime.ToUtc(Today.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue).AddMinutes(minute));
                var inRanges = Enum.GetValues<AgeBand>().Where(band =>
                {
                    var (from, before) = ActionAge.CreatedRange(band, Today);
                    return (from is null || created >= from) && (before is null || created < before);
                });
                Assert.Equal([ActionAge.Band(created, Today)], inRanges);
            }
        }
    }
}

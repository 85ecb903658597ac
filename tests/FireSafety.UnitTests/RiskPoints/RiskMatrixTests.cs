using FireSafety.Core.RiskPoints;

namespace FireSafety.UnitTests.RiskPoints;

public sealed class RiskMatrixTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskLevel.Low)]
    [InlineData(2, 2, 4, RiskLevel.Low)]
    [InlineData(1, 5, 5, RiskLevel.Medium)]
    [InlineData(3, 3, 9, RiskLevel.Medium)]
    [InlineData(2, 5, 10, RiskLevel.High)]
    [InlineData(4, 4, 16, RiskLevel.High)]
    [InlineData(4, 5, 20, RiskLevel.Extreme)]
    [InlineData(5, 5, 25, RiskLevel.Extreme)]
    public void Score_AndLevel(int likelihood, int severity, int score, RiskLevel level)
    {
        Assert.Equal(score, RiskMatrix.Score(likelihood, severity));
        Assert.Equal(level, RiskMatrix.Level(score));
    }

    [Fact]
    public void Review_IsOverdueTheDayAfterItsDate()
    {
        var due = new DateOnly(2028, 2, 29);

        Assert.False(RiskMatrix.IsReviewOverdue(due, due));
        Assert.True(RiskMatrix.IsReviewOverdue(due, due.AddDays(1)));
    }
}

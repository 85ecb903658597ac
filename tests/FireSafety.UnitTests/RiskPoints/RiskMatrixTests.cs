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

    [Fact]
    public void ScoreRanges_CoverEveryCellOfTheMatrix_WithTheCellsLevel()
    {
        for (var likelihood = RiskMatrix.Min; likelihood <= RiskMatrix.Max; likelihood++)
        {
            for (var severity = RiskMatrix.Min; severity <= RiskMatrix.Max; severity++)
            {
                var score = RiskMatrix.Score(likelihood, severity);
                var holding = Enum.GetValues<RiskLevel>().Where(level => RiskMatrix.ScoreRange(level).Min <= score && score <= RiskMatrix.ScoreRange(level).Max);
                Assert.Equal([RiskMatrix.Level(score)], holding);
            }
        }
    }
}

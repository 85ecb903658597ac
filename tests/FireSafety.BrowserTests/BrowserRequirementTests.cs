namespace FireSafety.BrowserTests;

/// <summary>The skip rule itself, without a browser.</summary>
public sealed class BrowserRequirementTests
{
    [Theory]
    [InlineData(true, null, BrowserRequirement.Outcome.Run)]
    [InlineData(true, "1", BrowserRequirement.Outcome.Run)]
    [InlineData(false, null, BrowserRequirement.Outcome.Skip)]
    [InlineData(false, "0", BrowserRequirement.Outcome.Skip)]
    [InlineData(false, "1", BrowserRequirement.Outcome.Fail)]
    public void Decide_SkipsOrFailsOnlyWithoutChromium(bool available, string? require, BrowserRequirement.Outcome expected) =>
        Assert.Equal(expected, BrowserRequirement.Decide(available, require));
}

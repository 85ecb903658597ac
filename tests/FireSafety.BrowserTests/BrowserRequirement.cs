namespace FireSafety.BrowserTests;

/// <summary>
/// Whether the browser tests can run. They drive Debian's chromium (no browser download is
/// possible here): without it they are skipped with a visible reason, unless
/// FIRESAFETY_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
/// </summary>
public static class BrowserRequirement
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    public const string RequireVariable = "FIRESAFETY_REQUIRE_BROWSER";

    /// <summary>Overrides the browser path, only to check the skip rule itself.</summary>
    public const string PathVariable = "FIRESAFETY_CHROMIUM_PATH";

    public enum Outcome
    {
        Run,
        Skip,
        Fail,
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    public static Outcome Decide(bool chromiumAvailable, string? requireVariable) =>
        chromiumAvailable ? Outcome.Run : requireVariable == "1" ? Outcome.Fail : Outcome.Skip;

    /// <summary>Call first in every browser test: skips or fails it when the browser is missing.</summary>
    public static void Check()
    {
        var outcome = Decide(ChromiumAvailable, Environment.GetEnvironmentVariable(RequireVariable));
        if (outcome == Outcome.Fail)
        {
            throw new InvalidOperationException(
                $"{RequireVariable}=1 but {ChromiumPath} is missing: install it with 'apt-get install -y chromium fonts-liberation2'.");
        }

        Skip.If(
            outcome == Outcome.Skip,
            $"{ChromiumPath} is missing (apt-get install -y chromium fonts-liberation2); set {RequireVariable}=1 to fail instead of skipping.");
    }
}

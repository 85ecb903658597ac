namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// XSS and SQL injection bars held by the source itself: Razor encodes everything unless a view
/// opts out with Html.Raw/HtmlString, and EF parameterises everything but the *Raw methods (whose
/// interpolated use the EF1002 analyzer already fails the build on).
/// </summary>
public sealed class CodeHygieneTests
{
    private static readonly string Source = Path.Combine(SolutionRoot(), "src");

    [Fact]
    public void NoViewOrPageOptsOutOfHtmlEncoding()
    {
        var offenders = Files("*.cshtml", "*.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Html.Raw(", StringComparison.Ordinal) || text.Contains("new HtmlString(", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, "Html.Raw/HtmlString in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NoSqlIsBuiltFromStrings()
    {
        var offenders = Files("*.cs")
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("FromSqlRaw(", StringComparison.Ordinal) || text.Contains("ExecuteSqlRaw", StringComparison.Ordinal) || text.Contains("SqlQueryRaw", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, "raw SQL in: " + string.Join(", ", offenders));
    }

    private static IEnumerable<string> Files(params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Source, p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations", StringComparison.Ordinal));

    private static string SolutionRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FireSafety.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FireSafety.sln not found above " + AppContext.BaseDirectory);
    }
}

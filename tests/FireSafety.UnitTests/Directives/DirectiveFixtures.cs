using System.Text;

namespace FireSafety.UnitTests.Directives;

/// <summary>The letters under Directives/Fixtures (copied to the output) and the shared seed letter.</summary>
internal static class DirectiveFixtures
{
    public const string Seed = "757-STP-VP.txt";
    public const string ProvincialPlan = "215-KH-UBND-ke-hoach-roman.txt";
    public const string SeveralAddressees = "1845-UBND-NC1-nhieu-noi-nhan.txt";
    public const string Quarterly = "1023-STP-VP-hang-quy.txt";
    public const string Monthly = "892-UBND-VP-hang-thang.txt";
    public const string MarkdownCrlf = "88-STP-VP-markdown-crlf.txt";
    public const string NoHeadings = "45-STP-VP-khong-tieu-de.txt";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Directives", "Fixtures");

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name), Encoding.UTF8);

    /// <summary>shared/seeds/757-STP-VP.txt beside the repository (found by walking up to FireSafety.sln), if present.</summary>
    public static string? SharedSeedPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FireSafety.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "seeds", Seed));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    /// <summary>The seed letter from the shared folder when there is one, else its copy in the fixtures.</summary>
    public static string SeedText()
    {
        var shared = SharedSeedPath();
        return shared is not null ? File.ReadAllText(shared, Encoding.UTF8) : Read(Seed);
    }
}

using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FireSafety.TestSupport;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace FireSafety.IntegrationTests.Directives;

/// <summary>The import-directive verb, run in-process: a dry run that never touches the database.</summary>
public sealed class ImportDirectiveCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(TestDatabase.Root, "import-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "cli.db");

    [Fact]
    public async Task SeedLetter_PrintsOneJsonObject_WithEveryField()
    {
        var (code, output, error) = await RunAsync(["import-directive", "--file", SeedLetterPath(), "--json"]);

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("757/STP-VP", root.GetProperty("number").GetString());
        Assert.Equal("2022-08-19", root.GetProperty("issuedOn").GetString());
        Assert.Equal("Hà Tĩnh", root.GetProperty("place").GetString());
        Assert.Equal("V/v thực hiện Kết luận số 02-KL/TW của Ban Bí thư về công tác phòng cháy, chữa cháy", root.GetProperty("subject").GetString());
        Assert.Equal(["Trưởng các Phòng, Trung tâm thuộc Sở"], root.GetProperty("addressees").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(
            ["Kế hoạch 443/KH-UBND 2021-11-24 UBND tỉnh", "Kết luận 02-KL/TW 2021-05-18 Ban Bí thư", "Chỉ thị 47-CT/TW 2015-06-25 Ban Bí thư"],
            root.GetProperty("legalBasis").EnumerateArray().Select(b =>
                $"{b.GetProperty("kind").GetString()} {b.GetProperty("number").GetString()} {b.GetProperty("issuedOn").GetString()} {b.GetProperty("issuer").GetString()}"));

        var tasks = root.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(5, tasks.Count);
        Assert.Equal([true, true, true, false, false], tasks.Select(t => t.GetProperty("allUnits").GetBoolean()));
        Assert.Equal([null, null, null, "Văn phòng Sở", "Văn phòng Sở"], tasks.Select(t => t.GetProperty("leadUnit").GetString()));
        Assert.Equal(["Dissemination"], tasks[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Yearly", tasks[4].GetProperty("recurrence").GetString());
        Assert.Equal(JsonValueKind.Null, tasks[4].GetProperty("dueOn").ValueKind);

        var signer = root.GetProperty("signer");
        Assert.Equal("TL. GIÁM ĐỐC", signer.GetProperty("authority").GetString());
        Assert.Equal("CHÁNH VĂN PHÒNG", signer.GetProperty("title").GetString());
        Assert.Equal("Trần Thị Kiều Oanh", signer.GetProperty("name").GetString());
        Assert.Equal(4, root.GetProperty("distribution").GetArrayLength());

        // Vietnamese as itself, not \u escapes.
        Assert.Contains("Trần Thị Kiều Oanh", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_CreatesNoDatabase()
    {
        var (code, _, error) = await RunAsync(["import-directive", "--file", SeedLetterPath(), "--json"]);

        Assert.True(code == 0, error);
        Assert.False(File.Exists(DatabasePath), "import-directive created a database file");
        Assert.Empty(Directory.Exists(_directory) ? Directory.GetFiles(_directory, "*.db*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task WithoutJson_PrintsASummary()
    {
        var (code, output, _) = await RunAsync(["import-directive", "--file", SeedLetterPath()]);

        Assert.Equal(0, code);
        Assert.StartsWith("757/STP-VP, 19/08/2022: V/v thực hiện", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was saved.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutFile_PrintsUsage_AndExits2()
    {
        var (code, output, error) = await RunAsync(["import-directive", "--json"]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Usage: import-directive --file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_PrintsUsage_AndExits2()
    {
        var (code, output, error) = await RunAsync(["import-directive", "--file", Path.Combine(_directory, "khong-co.txt"), "--json"]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_IsReadToo()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "cong-van.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in File.ReadAllLines(SeedLetterPath()))
            {
                body.Append(new Paragraph(new Run(new Text(line.Replace("**", string.Empty, StringComparison.Ordinal)))));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        var (code, output, error) = await RunAsync(["import-directive", "--file", path, "--json"]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("757/STP-VP", json.RootElement.GetProperty("number").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.Equal("Trần Thị Kiều Oanh", json.RootElement.GetProperty("signer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task BrokenDocx_FailsWithMessage_AndExits1()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "hong.docx");
        await File.WriteAllTextAsync(path, "không phải tệp Word");

        var (code, output, error) = await RunAsync(["import-directive", "--file", path, "--json"]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("import-directive failed:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportDirective_IsACommand() =>
        Assert.True(CommandLine.IsCommand(["import-directive", "--file", "x.txt"]));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>The copy of shared/seeds/757-STP-VP.txt kept with the unit tests' fixtures.</summary>
    private static string SeedLetterPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FireSafety.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "FireSafety.UnitTests", "Directives", "Fixtures", "757-STP-VP.txt");
            }
        }

        throw new InvalidOperationException("FireSafety.sln not found above " + AppContext.BaseDirectory);
    }

    private WebApplication Build(string[] args) =>
        FireSafetyApp.Build([.. args,
            "--Database:SqlitePath", DatabasePath,
            "--Logging:FilePath", Path.Combine(_directory, "logs", "cli-.log"),
            "--Logging:ConsoleLevel", "Error"]);

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        await using var app = Build(args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(app, args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }
}

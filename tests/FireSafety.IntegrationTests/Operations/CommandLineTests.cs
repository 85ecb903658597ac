using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Data;
using FireSafety.Core.Reporting;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Operations;

/// <summary>The command verbs, run in-process against a fresh SQLite file.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Path.Combine(TestDatabase.Root, "cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Migrate_OnEmptyFile_CreatesTheSchemaAndRoles()
    {
        var (code, output, _) = await RunAsync(["migrate"]);

        Assert.Equal(0, code);
        Assert.Contains("Database migrated.", output, StringComparison.Ordinal);
        await using var app = Build([]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task CreateAdmin_ReadsPasswordFromStdin_AndCreatesAnAdmin()
    {
        var (code, output, error) = await RunAsync(["create-admin", "--email", "quantri@stp.example", "--password-stdin", "--name", "Quản trị viên"], "Matkhau-rat-manh-2026\n");

        Assert.True(code == 0, error);
        Assert.Contains("quantri@stp.example", output, StringComparison.Ordinal);
        await using var app = Build([]);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("quantri@stp.example");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user!, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(user!, "Matkhau-rat-manh-2026"));
    }

    [Fact]
    public async Task CreateAdmin_WithWeakPassword_FailsWithMessage_AndNonZeroCode()
    {
        var (code, _, error) = await RunAsync(["create-admin", "--email", "yeu@stp.example", "--password-stdin"], "abc\n");

        Assert.Equal(1, code);
        Assert.True(error.Contains("Mật khẩu phải có ít nhất 8 ký tự.", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task CreateAdmin_WithoutEmail_PrintsUsage_AndExits2()
    {
        var (code, _, error) = await RunAsync(["create-admin", "--password-stdin"], "Matkhau-rat-manh-2026\n");

        Assert.Equal(2, code);
        Assert.Contains("Usage: create-admin", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HostArguments_KeepsConfiguration_DropsTheVerbAndItsOptions() =>
        Assert.Equal(
            ["--Database:SqlitePath", "x.db"],
            CommandLine.HostArguments(["create-admin", "--email", "a@b.vn", "--password-stdin", "--Database:SqlitePath", "x.db", "--name", "Tên"]));

    [Fact]
    public async Task SeedDemo_InProduction_Refuses()
    {
        var (code, _, error) = await RunAsync(["seed-demo", "--environment", "Production"]);

        Assert.Equal(2, code);
        Assert.Contains("refuses to run in Production", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_SeedsOnce()
    {
        var first = await RunAsync(["seed-demo", "--environment", "Development"]);
        var second = await RunAsync(["seed-demo", "--environment", "Development"]);

        Assert.Equal((0, "Demo data seeded."), (first.Code, first.Output.Trim()));
        Assert.Equal((0, "Demo data not seeded: the database already has units."), (second.Code, second.Output.Trim()));
    }

    [Fact]
    public async Task AnnualSummary_WritesAValidDocxAndAPdf_UsesTheStoredNarrative_AndChangesNothing()
    {
        Assert.Equal(0, (await RunAsync(["seed-demo", "--environment", "Development"])).Code);
        int id;
        string? figures;
        await using (var app = Build([]))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
            var summary = new AnnualSummary
            {
                Year = 2026,
                FiguresJson = SummarySnapshot.Serialize(new SummaryFigures(2026, DateTime.UtcNow, [], [], [], [])),
                Assessment = "Các đơn vị chấp hành nghiêm quy định.",
            };
            SummaryWorkflow.Submit(summary, "vanphong", DateTime.UtcNow);
            SummaryWorkflow.Approve(summary, "lanhdao", DateTime.UtcNow);
            db.AnnualSummaries.Add(summary);
            await db.SaveChangesAsync();
            (id, figures) = (summary.Id, summary.FiguresJson);
        }

        var docx = Path.Combine(_directory, "summary.docx");
        var pdf = Path.Combine(_directory, "summary.pdf");
        var (code, output, error) = await RunAsync(["annual-summary", "--year", "2026", "--out", docx, "--pdf", pdf]);

        Assert.True(code == 0, error);
        Assert.Contains("Narrative: from revision 1 (Approved)", output, StringComparison.Ordinal);
        Assert.Matches(@"Timings: figures compiled in \d+\.\d\d s, Word document written in \d+\.\d\d s\.", output);
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Kết quả công tác phòng cháy, chữa cháy năm 2026", text, StringComparison.Ordinal);
            Assert.Contains("Các đơn vị chấp hành nghiêm quy định.", text, StringComparison.Ordinal);
            Assert.Contains("Trang bị, kiểm tra, bảo dưỡng phương tiện PCCC", text, StringComparison.Ordinal);
        }

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf)[..4]));
        await using (var app = Build([]))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var stored = await scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>().AnnualSummaries.SingleAsync();
            Assert.Equal((id, SummaryStatus.Approved, figures), (stored.Id, stored.Status, stored.FiguresJson));
            Assert.True(SummaryWorkflow.IsIntact(stored));
        }
    }

    [Theory]
    [InlineData("--out", "x.docx")]
    [InlineData("--year", "năm", "--out", "x.docx")]
    [InlineData("--year", "2026")]
    [InlineData("--year", "2026", "--out", "x.docx", "--pdf")]
    public async Task AnnualSummary_WithWrongArguments_PrintsUsage_AndExits2(params string[] options)
    {
        var (code, _, error) = await RunAsync(["annual-summary", .. options]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: annual-summary --year YYYY --out SUMMARY.docx [--pdf SUMMARY.pdf]", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "x.docx")));
    }

    [Fact]
    public async Task AnnualSummary_OnADatabaseWithoutTables_FailsWithCode1()
    {
        Directory.CreateDirectory(_directory);
        var (code, _, error) = await RunAsync(["annual-summary", "--year", "2026", "--out", Path.Combine(_directory, "x.docx")]);

        Assert.Equal(1, code);
        Assert.Contains("annual-summary failed", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private WebApplication Build(string[] args) =>
        FireSafetyApp.Build([.. CommandLine.HostArguments(args),
            "--Database:SqlitePath", Path.Combine(_directory, "cli.db"),
            "--Logging:FilePath", Path.Combine(_directory, "logs", "cli-.log"),
            "--Logging:ConsoleLevel", "Error"]);

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string stdin = "")
    {
        await using var app = Build(args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(app, args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }
}

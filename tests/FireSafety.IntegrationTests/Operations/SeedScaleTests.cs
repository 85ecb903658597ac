using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using FireSafety.Core.Data;
using FireSafety.Core.Data.Scale;
using FireSafety.Core.Directives;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Operations;

/// <summary>One small generated database (20 units, 2 years) through the real verb, shared by the tests below.</summary>
public sealed class ScaleDatabase : IAsyncLifetime
{
    public const int Units = 20;
    public const int Years = 2;

    public string Directory { get; } = Path.Combine(TestDatabase.Root, "scale-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "scale.db");

    public int Code { get; private set; }

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public async Task InitializeAsync() =>
        (Code, Output, Error) = await SeedScaleTests.RunAsync(DatabasePath, ["seed-scale", "--units", Units.ToString(CultureInfo.InvariantCulture), "--years", Years.ToString(CultureInfo.InvariantCulture), "--environment", "Development"]);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the per-process test folder goes at exit.
        }

        return Task.CompletedTask;
    }
}

public sealed class SeedScaleTests(ScaleDatabase scale) : IClassFixture<ScaleDatabase>
{
    [Fact]
    public async Task Verb_FillsEveryKindOfRecord_InTheExpectedProportions_WithOneAuditEntry()
    {
        Assert.True(scale.Code == 0, scale.Error);
        Assert.Contains("Scale data seeded:", scale.Output, StringComparison.Ordinal);
        Assert.Contains(ScaleSeeder.Password, scale.Output, StringComparison.Ordinal);

        await using var app = Build(scale.DatabasePath, []);
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        var units = ScaleDatabase.Units;
        var months = 12 * ScaleDatabase.Years;
        Assert.Equal(units, await db.Units.CountAsync());
        Assert.Equal(units + ScaleSeeder.LeaderCount + ScaleSeeder.OfficeStaffCount, await db.Users.CountAsync());
        Assert.Equal(units, (await services.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.UnitHead)).Count);

        // Every kind of record is there.
        Assert.True(await db.Facilities.CountAsync() >= units);
        Assert.True(await db.Areas.CountAsync() >= 3 * units);
        Assert.True(await db.RiskPoints.AnyAsync());
        Assert.True(await db.EquipmentChecks.AnyAsync(c => !c.Passed));
        Assert.True(await db.ResponsePlans.AnyAsync() && await db.Drills.AnyAsync() && await db.PlanScenarios.AnyAsync() && await db.PlanContacts.AnyAsync());
        Assert.True(await db.Incidents.AnyAsync() && await db.IncidentTimelineEntries.AnyAsync());
        Assert.True(await db.DisseminationActivities.AnyAsync() && await db.TrainingRecords.AnyAsync());
        Assert.True(await db.Difficulties.AnyAsync() && await db.DifficultyMessages.AnyAsync());
        Assert.True(await db.EvidenceFiles.AnyAsync());

        // Province-scale proportions: about one inspection per unit and month with an answer per item,
        // ~50 equipment items per unit, ~4 tasks per unit and year with ~5 assignments each.
        var items = await db.ChecklistItems.CountAsync();
        var submitted = await db.Inspections.CountAsync(i => i.Status == InspectionStatus.Submitted);
        Assert.InRange(submitted, units * months * 6 / 10, units * months);
        Assert.Equal(submitted * items, await db.InspectionAnswers.CountAsync(a => db.Inspections.Any(i => i.Id == a.InspectionId && i.Status == InspectionStatus.Submitted)));
        Assert.Equal(await db.InspectionAnswers.CountAsync(a => a.Result == AnswerResult.Fail && db.Inspections.Any(i => i.Id == a.InspectionId && i.Status == InspectionStatus.Submitted)), await db.Findings.CountAsync());
        Assert.True(await db.Findings.AnyAsync(f => f.ActionId != null));
        Assert.InRange(await db.EquipmentItems.CountAsync(), units * 30, units * 70);
        var tasks = await db.DirectiveTasks.CountAsync();
        Assert.InRange(tasks, units * ScaleDatabase.Years * 3, units * ScaleDatabase.Years * 5);
        Assert.InRange(await db.TaskAssignments.CountAsync(), tasks * 2, tasks * 8);

        // The statuses are spread: done on time, done late, open within term, overdue.
        var asOf = DateTime.UtcNow;
        var tally = (await db.TaskAssignments.AsNoTracking().ToListAsync())
            .Select(a => AssignmentWorkflow.Classify(a.State, asOf)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<AssignmentCount>(), c => Assert.True(tally.GetValueOrDefault(c) > 0, $"no assignment counted {c}"));
        Assert.True(await db.TaskAssignments.AnyAsync(a => a.Status == AssignmentStatus.Returned));
        Assert.True(await db.TaskAssignments.AnyAsync(a => a.Status == AssignmentStatus.Submitted));

        // One audit entry for the load; none per generated row.
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "ScaleSeed"));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Inspection) || a.EntityType == nameof(TaskAssignment) || a.EntityType == nameof(AppUser)));
    }

    [Fact]
    public async Task UnitTree_PathsAreTheChainOfIdsFromTheRoot()
    {
        Assert.True(scale.Code == 0, scale.Error);
        await using var app = Build(scale.DatabasePath, []);
        await using var services = app.Services.CreateAsyncScope();
        var units = await services.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        Assert.Single(units.Values, u => u.ParentId == null);
        Assert.Contains(units.Values, u => u.ParentId is { } p && units[p].ParentId != null);
        Assert.All(units.Values, u => Assert.Equal(
            u.ParentId is { } parent ? $"{units[parent].Path}{u.Id}/" : $"/{u.Id}/",
            u.Path));
    }

    [Fact]
    public async Task OnANonEmptyDatabase_Refuses_WithCode1_AndChangesNothing()
    {
        Assert.True(scale.Code == 0, scale.Error);
        var before = await FingerprintAsync(scale.DatabasePath);

        var (code, _, error) = await RunAsync(scale.DatabasePath, ["seed-scale", "--units", "5", "--years", "1", "--environment", "Development"]);

        Assert.Equal(1, code);
        Assert.Contains("already has units, user accounts, records", error, StringComparison.Ordinal);
        Assert.Equal(before, await FingerprintAsync(scale.DatabasePath));
    }

    [Theory]
    [InlineData("seed-scale", "--years", "2")]
    [InlineData("seed-scale", "--units", "nhiều", "--years", "2")]
    [InlineData("seed-scale", "--units", "10", "--years", "2", "--seed")]
    [InlineData("seed-scale", "--units", "0", "--years", "2")]
    public async Task WithWrongArguments_PrintsUsage_AndExits2(params string[] args)
    {
        var path = Path.Combine(scale.Directory, "usage", Guid.NewGuid().ToString("N") + ".db");

        var (code, _, error) = await RunAsync(path, [args[0], "--environment", "Development", .. args[1..]]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: seed-scale --units N --years N [--seed N]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProduction_Refuses()
    {
        var path = Path.Combine(scale.Directory, "prod", "prod.db");

        var (code, _, error) = await RunAsync(path, ["seed-scale", "--units", "5", "--years", "1", "--environment", "Production"]);

        Assert.Equal(2, code);
        Assert.Contains("refuses to run in Production", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameSeedAndDay_GivesTheSameData_AnotherSeedDoesNot()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
        var first = await SeedDirectlyAsync("a", 42, clock);
        var second = await SeedDirectlyAsync("b", 42, clock);
        var other = await SeedDirectlyAsync("c", 7, clock);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task GeneratedUnitHeadAndLeader_SignInWithTheDocumentedPassword_AndOpenTheirPages()
    {
        Assert.True(scale.Code == 0, scale.Error);
        var copy = Path.Combine(scale.Directory, "pages", "scale.db");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        SqliteConnection.ClearAllPools();
        File.Copy(scale.DatabasePath, copy, overwrite: true);
        using var factory = new FireSafetyFactory().With("Database:SqlitePath", copy);
        foreach (var email in new[] { ScaleSeeder.HeadEmail("H01"), ScaleSeeder.LeaderEmail(1), ScaleSeeder.OfficeEmail(1) })
        {
            var client = new PageClient(factory.CreateAppClient());
            await client.SignInAsync(email, ScaleSeeder.Password);
            foreach (var (page, row) in new[] { ("/Tasks", "assignment"), ("/Inspections", "inspection") })
            {
                var response = await client.Http.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} {page}: {(int)response.StatusCode}");
                var document = await PageClient.ParseAsync(await response.Content.ReadAsStringAsync());
                Assert.NotEmpty(document.QuerySelectorAll($"[data-testid={row}]"));
            }
        }
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(string databasePath, string[] args)
    {
        await using var app = Build(databasePath, args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(app, args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static WebApplication Build(string databasePath, string[] args) =>
        FireSafetyApp.Build([.. CommandLine.HostArguments(args),
            "--Database:SqlitePath", databasePath,
            "--Logging:FilePath", Path.Combine(Path.GetDirectoryName(databasePath)!, "logs", "scale-.log"),
            "--Logging:ConsoleLevel", "Error"]);

    /// <summary>Seeds a fresh file through the seeder with a fixed clock; returns the data's fingerprint.</summary>
    private async Task<string> SeedDirectlyAsync(string name, int seed, TimeProvider clock)
    {
        var path = Path.Combine(scale.Directory, "determinism", name + ".db");
        await using (var app = Build(path, []))
        {
            await using var services = app.Services.CreateAsyncScope();
            var provider = services.ServiceProvider;
            var db = new FireSafetyDbContext(provider.GetRequiredService<DbContextOptions<FireSafetyDbContext>>(), null, null, clock);
            await using (db)
            {
                await db.Database.MigrateAsync();
                await IdentitySeeder.EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
                await SeedChecklist.EnsureAsync(db, clock);
                await new ScaleSeeder(db, provider.GetRequiredService<UserManager<AppUser>>(), clock).SeedAsync(new ScaleOptions(16, 1, seed));
            }
        }

        return await FingerprintAsync(path);
    }

    /// <summary>
    /// A hash of every row of every data table in insertion order. Left out: the audit trail and
    /// key ring, the roles (created with random ids before the generator runs) and the password hash
    /// (salted afresh by each run).
    /// </summary>
    private static async Task<string> FingerprintAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT IN ('AuditEntries', 'DataProtectionKeys', 'AspNetRoles', '__EFMigrationsHistory') ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) is not ("PasswordHash" or "RoleId"))
                    {
                        hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)};"));
                    }
                }
            }

            hash.AppendData(Encoding.UTF8.GetBytes($"{table}:{rows}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

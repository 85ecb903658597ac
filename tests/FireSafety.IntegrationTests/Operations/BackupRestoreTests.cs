using System.Collections.Concurrent;
using System.Security.Cryptography;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.TestSupport;
using FireSafety.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Operations;

/// <summary>The backup and restore verbs (issue 10), on copies of the migrated demo template.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(TestDatabase.Root, "backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Backup_WhileTheAppWrites_RestoresIntoAFreshDirectory_WithEveryRecordCommittedBeforeIt()
    {
        var live = await TestDatabase.CopyTemplateToAsync(Path.Combine(_directory, "live"));
        var backupFile = Path.Combine(_directory, "backups", "firesafety-backup.db");
        var committed = new ConcurrentQueue<int>();
        using var stop = new CancellationTokenSource();

        await using var app = FireSafetyApp.Build(["--Database:SqlitePath", live, "--Logging:FilePath", Path.Combine(_directory, "logs", "app-.log"), "--Logging:ConsoleLevel", "Error"]);
        int unitId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            unitId = await scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Units.Select(u => u.Id).FirstAsync();
        }

        // The app's DbContext inserts facilities (each audited by SaveChanges) until stopped.
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
                var facility = new Facility { UnitId = unitId, Name = $"Cơ sở ghi liên tục {i}", Address = $"Số {i}" };
                db.Facilities.Add(facility);
                await db.SaveChangesAsync();
                committed.Enqueue(facility.Id);
            }
        });

        await WaitUntilAsync(() => committed.Count >= 20 || writer.IsCompleted);
        var before = committed.ToArray();
        var (code, output, error) = await SeedScaleTests.RunAsync(live, ["backup", "--out", backupFile]);
        await WaitUntilAsync(() => committed.Count >= before.Length + 20 || writer.IsCompleted);
        await stop.CancelAsync();
        await writer;

        Assert.True(code == 0, error);
        Assert.Contains("integrity ok", output, StringComparison.Ordinal);
        Assert.True(File.Exists(backupFile));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(backupFile)!, "*.tmp"));
        Assert.True(committed.Count > before.Length, "the writer did not keep writing after the backup");

        var fresh = Path.Combine(_directory, "fresh", "firesafety.db");
        (code, output, error) = await SeedScaleTests.RunAsync(fresh, ["restore", "--from", backupFile]);
        Assert.True(code == 0, error);
        Assert.Contains("Restored", output, StringComparison.Ordinal);
        Assert.Contains("Facilities", output, StringComparison.Ordinal);

        Assert.Equal("ok", await ScalarAsync(fresh, "PRAGMA integrity_check"));
        var restored = await FacilityIdsAsync(fresh);
        Assert.All(before, id => Assert.Contains(id, restored));
        var audited = await ScalarAsync(fresh, "SELECT COUNT(*) FROM AuditEntries WHERE EntityType = 'Facility'");
        Assert.True(long.Parse(audited!, System.Globalization.CultureInfo.InvariantCulture) >= before.Length);
    }

    [Fact]
    public async Task Restore_RefusesANonEmptyDatabase_WithoutForce_AndKeepsTheOldFileAside_WithForce()
    {
        var source = await TestDatabase.CopyTemplateToAsync(Path.Combine(_directory, "source"));
        await AddFacilityAsync(source, "Chỉ có trong bản sao lưu");
        var backupFile = Path.Combine(_directory, "source.bak.db");
        Assert.Equal(0, (await SeedScaleTests.RunAsync(source, ["backup", "--out", backupFile])).Code);

        var target = await TestDatabase.CopyTemplateToAsync(Path.Combine(_directory, "target"));
        var hash = await HashAsync(target);

        var (code, _, error) = await SeedScaleTests.RunAsync(target, ["restore", "--from", backupFile]);
        Assert.Equal(1, code);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(hash, await HashAsync(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.before-restore-*"));

        (code, var output, error) = await SeedScaleTests.RunAsync(target, ["restore", "--from", backupFile, "--force"]);
        Assert.True(code == 0, error);
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!, "firesafety.db.before-restore-*"));
        Assert.Contains(aside, output, StringComparison.Ordinal);
        Assert.Contains("Chỉ có trong bản sao lưu", await FacilityNamesAsync(target));
        Assert.DoesNotContain("Chỉ có trong bản sao lưu", await FacilityNamesAsync(aside));
        Assert.Equal("ok", await ScalarAsync(aside, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Restore_RefusesAFileThatIsNotAFireSafetyDatabase_OrComesFromANewerApp()
    {
        var target = Path.Combine(_directory, "empty", "firesafety.db");

        var garbage = Path.Combine(_directory, "garbage.db");
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(garbage, RandomNumberGenerator.GetBytes(8192));
        var (code, _, error) = await SeedScaleTests.RunAsync(target, ["restore", "--from", garbage]);
        Assert.Equal(1, code);
        Assert.Contains("not a readable SQLite database", error, StringComparison.Ordinal);

        var foreign = Path.Combine(_directory, "foreign.db");
        await ExecuteAsync(foreign, "CREATE TABLE Something (Id INTEGER PRIMARY KEY)");
        (code, _, error) = await SeedScaleTests.RunAsync(target, ["restore", "--from", foreign]);
        Assert.Equal(1, code);
        Assert.Contains("not a FireSafety database", error, StringComparison.Ordinal);

        var newer = await TestDatabase.CopyTemplateToAsync(Path.Combine(_directory, "newer"));
        await ExecuteAsync(newer, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('99991231000000_FromTheFuture', '99.0')");
        (code, _, error) = await SeedScaleTests.RunAsync(target, ["restore", "--from", newer]);
        Assert.Equal(1, code);
        Assert.Contains("newer version of the app", error, StringComparison.Ordinal);

        Assert.Equal("0", await ScalarAsync(target, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Units'"));
    }

    [Fact]
    public async Task Backup_RefusesAnExistingFile_WithoutForce()
    {
        var live = await TestDatabase.CopyTemplateToAsync(Path.Combine(_directory, "live"));
        var existing = Path.Combine(_directory, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var (code, _, error) = await SeedScaleTests.RunAsync(live, ["backup", "--out", existing]);
        Assert.Equal(1, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));

        (code, _, error) = await SeedScaleTests.RunAsync(live, ["backup", "--out", existing, "--force"]);
        Assert.True(code == 0, error);
        Assert.Equal("ok", await ScalarAsync(existing, "PRAGMA integrity_check"));

        (code, _, error) = await SeedScaleTests.RunAsync(live, ["backup"]);
        Assert.Equal(2, code);
        Assert.Contains("Usage: backup --out FILE", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backup", "--out")]
    [InlineData("restore", "--from")]
    public async Task SqlServer_IsRefused_PointingAtTheOperationsGuide(string verb, string option)
    {
        var path = Path.Combine(_directory, "unused", "firesafety.db");
        var file = Path.Combine(_directory, "sqlserver.bak");

        var (code, _, error) = await SeedScaleTests.RunAsync(path,
            [verb, option, file, "--Database:Provider", "SqlServer", "--ConnectionStrings:FireSafety", "Server=127.0.0.1,1;Database=FireSafety;Connect Timeout=1"]);

        Assert.Equal(2, code);
        Assert.Contains("BACKUP DATABASE", error, StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the per-process test folder goes at exit.
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    private async Task AddFacilityAsync(string path, string name)
    {
        await using var app = FireSafetyApp.Build(["--Database:SqlitePath", path, "--Logging:FilePath", Path.Combine(_directory, "logs", "app-.log"), "--Logging:ConsoleLevel", "Error"]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        db.Facilities.Add(new Facility { UnitId = await db.Units.Select(u => u.Id).FirstAsync(), Name = name, Address = "Số 1" });
        await db.SaveChangesAsync();
    }

    private static SqliteConnection Connect(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

    private static async Task<string?> ScalarAsync(string path, string sql)
    {
        await using var connection = Connect(path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = Connect(path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<HashSet<int>> FacilityIdsAsync(string path)
    {
        await using var connection = Connect(path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Facilities";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<int>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<List<string>> FacilityNamesAsync(string path)
    {
        await using var connection = Connect(path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Facilities";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<string> HashAsync(string path)
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path)));
    }
}

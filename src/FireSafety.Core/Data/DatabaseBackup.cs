using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data;

/// <summary>A backup or restore refused or failed, with a message for the operator.</summary>
public sealed class DatabaseBackupException(string message) : Exception(message);

/// <summary>What a backup wrote or a restore brought back.</summary>
public sealed record BackupSummary(string Path, long Bytes, int Migrations, IReadOnlyList<(string Table, long Rows)> Counts, string? KeptAside = null);

/// <summary>
/// Backup and restore of the SQLite database with SQLite's online backup API: the copy is a
/// consistent snapshot even while the app is writing. SQL Server is backed up with its native
/// BACKUP DATABASE (docs/operations.md), never by the app.
/// </summary>
public static class DatabaseBackup
{
    public const string SqlServerRefusal =
        "The database is SQL Server: back it up with its native BACKUP DATABASE / RESTORE DATABASE (full and log backups), see docs/operations.md.";

    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>The tables whose row counts are printed after a backup or restore.</summary>
    public static readonly string[] CountedTables = ["Units", "AspNetUsers", "Facilities", "Inspections", "DirectiveTasks", "EvidenceFiles", "AuditEntries"];

    /// <summary>Copies the live database to <paramref name="outPath"/> (temporary file, verified, then moved into place).</summary>
    public static async Task<BackupSummary> BackupAsync(FireSafetyDbContext db, string outPath, bool force, CancellationToken cancellationToken = default)
    {
        RequireSqlite(db);
        var target = Path.GetFullPath(outPath);
        if (File.Exists(target) && !force)
        {
            throw new DatabaseBackupException($"'{target}' already exists; use --force to overwrite it.");
        }

        if (string.Equals(target, SqlitePath(db), StringComparison.Ordinal))
        {
            throw new DatabaseBackupException("The backup file cannot be the database itself.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            IReadOnlyList<string> sourceHistory;
            await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
            {
                await source.OpenAsync(cancellationToken);
                await using var destination = Open(temporary, SqliteOpenMode.ReadWriteCreate);
                await destination.OpenAsync(cancellationToken);

                // One step under one read transaction: a snapshot of committed data.
                source.BackupDatabase(destination);
                sourceHistory = await HistoryAsync(source, cancellationToken);
            }

            var summary = await VerifyAsync(temporary, cancellationToken);
            if (summary.History.Count > sourceHistory.Count || !summary.History.SequenceEqual(sourceHistory.Take(summary.History.Count)))
            {
                throw new DatabaseBackupException("The copy's migrations history does not match the database's.");
            }

            File.Move(temporary, target, overwrite: force);
            return new BackupSummary(target, new FileInfo(target).Length, summary.History.Count, summary.Counts);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Replaces the configured database with the backup <paramref name="fromPath"/> and applies the
    /// app's pending migrations. Refuses a damaged file, a backup from a newer app and, without
    /// <paramref name="force"/>, a target that has units or users; with it the old file is kept aside.
    /// </summary>
    public static async Task<BackupSummary> RestoreAsync(FireSafetyDbContext db, string fromPath, bool force, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        RequireSqlite(db);
        var source = Path.GetFullPath(fromPath);
        if (!File.Exists(source))
        {
            throw new DatabaseBackupException($"'{source}' does not exist.");
        }

        var target = SqlitePath(db);
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            throw new DatabaseBackupException("The backup file is the database itself.");
        }

        var backup = await VerifyAsync(source, cancellationToken);
        var known = db.Database.GetMigrations().ToList();
        if (backup.History.Count > known.Count || !backup.History.SequenceEqual(known.Take(backup.History.Count)))
        {
            throw new DatabaseBackupException(
                $"'{source}' was made by a different or newer version of the app (its last migration is {backup.History.LastOrDefault() ?? "none"}); restore it with that version.");
        }

        string? keptAside = null;
        if (await HasDataAsync(target, cancellationToken))
        {
            if (!force)
            {
                throw new DatabaseBackupException($"The database '{target}' is not empty (it has units or users); use --force to replace it (the old file is kept aside).");
            }

            keptAside = $"{target}.before-restore-{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
            await CopyAsync(target, keptAside, cancellationToken);
        }

        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        await CopyAsync(source, target, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        SqliteConnection.ClearAllPools();

        var restored = await VerifyAsync(target, cancellationToken);
        return new BackupSummary(target, new FileInfo(target).Length, restored.History.Count, restored.Counts, keptAside);
    }

    private static void RequireSqlite(FireSafetyDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            throw new DatabaseBackupException(SqlServerRefusal);
        }
    }

    private static string SqlitePath(FireSafetyDbContext db) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task CopyAsync(string from, string to, CancellationToken cancellationToken)
    {
        await using var source = Open(from, SqliteOpenMode.ReadOnly);
        await source.OpenAsync(cancellationToken);
        await using var destination = Open(to, SqliteOpenMode.ReadWriteCreate);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }

    private static async Task<bool> HasDataAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        await using var connection = Open(path, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(cancellationToken);
        foreach (var table in new[] { "Units", "AspNetUsers" })
        {
            if (await TableExistsAsync(connection, table, cancellationToken)
                && await ScalarAsync(connection, $"SELECT EXISTS (SELECT 1 FROM \"{table}\")", cancellationToken) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Verified(IReadOnlyList<string> History, IReadOnlyList<(string Table, long Rows)> Counts);

    /// <summary>integrity_check is ok and the file has the migrations history; counts of the main tables.</summary>
    private static async Task<Verified> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(cancellationToken);
            await using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check";
                var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
                if (result != "ok")
                {
                    throw new DatabaseBackupException($"'{path}' failed the integrity check: {result}");
                }
            }

            if (!await TableExistsAsync(connection, HistoryTable, cancellationToken))
            {
                throw new DatabaseBackupException($"'{path}' is not a FireSafety database (no {HistoryTable} table).");
            }

            var counts = new List<(string, long)>();
            foreach (var table in CountedTables)
            {
                if (await TableExistsAsync(connection, table, cancellationToken))
                {
                    counts.Add((table, await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"", cancellationToken)));
                }
            }

            return new Verified(await HistoryAsync(connection, cancellationToken), counts);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseBackupException($"'{path}' is not a readable SQLite database: {ex.Message}");
        }
    }

    private static async Task<IReadOnlyList<string>> HistoryAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT MigrationId FROM \"{HistoryTable}\" ORDER BY MigrationId";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

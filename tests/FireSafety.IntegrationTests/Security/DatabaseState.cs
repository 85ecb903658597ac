using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// Every row of every application table, read straight from the SQLite file (no query filters, no
/// EF model), so "the database is unchanged" covers tables nobody remembered to list.
/// </summary>
public sealed class DatabaseState
{
    /// <summary>Tables that change without any user action (keys, migrations).</summary>
    private static readonly string[] Infrastructure = ["__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence", "DataProtectionKeys"];

    private DatabaseState(Dictionary<string, Dictionary<long, Dictionary<string, string?>>> tables) => Tables = tables;

    /// <summary>Table → rowid → column → value (invariant text).</summary>
    public Dictionary<string, Dictionary<long, Dictionary<string, string?>>> Tables { get; }

    public static async Task<DatabaseState> ReadAsync(string databasePath)
    {
        var tables = new Dictionary<string, Dictionary<long, Dictionary<string, string?>>>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(n => !Infrastructure.Contains(n, StringComparer.Ordinal)))
        {
            var rows = new Dictionary<long, Dictionary<string, string?>>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid AS \"__rowid\", * FROM \"{name}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 1; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                rows[reader.GetInt64(0)] = row;
            }

            tables[name] = rows;
        }

        return new DatabaseState(tables);
    }

    /// <summary>Rows inserted, updated or deleted between this state and <paramref name="after"/>.</summary>
    public List<RowChange> ChangesTo(DatabaseState after, params string[] ignoredTables)
    {
        var changes = new List<RowChange>();
        foreach (var (table, rows) in after.Tables.Where(t => !ignoredTables.Contains(t.Key, StringComparer.Ordinal)))
        {
            var before = Tables.GetValueOrDefault(table) ?? [];
            foreach (var (rowId, row) in rows)
            {
                if (!before.TryGetValue(rowId, out var old))
                {
                    changes.Add(new RowChange(table, rowId, null, row));
                }
                else if (!old.SequenceEqual(row))
                {
                    changes.Add(new RowChange(table, rowId, old, row));
                }
            }

            changes.AddRange(before.Where(r => !rows.ContainsKey(r.Key)).Select(r => new RowChange(table, r.Key, r.Value, null)));
        }

        return changes;
    }
}

/// <summary>One row that differs; <see cref="Before"/> is null for an insert, <see cref="After"/> for a delete.</summary>
public sealed record RowChange(string Table, long RowId, Dictionary<string, string?>? Before, Dictionary<string, string?>? After)
{
    public override string ToString()
    {
        var kind = Before is null ? "inserted" : After is null ? "deleted" : "updated";
        var columns = Before is not null && After is not null
            ? After.Where(c => Before.GetValueOrDefault(c.Key) != c.Value).Select(c => $"{c.Key}: {Short(Before.GetValueOrDefault(c.Key))} → {Short(c.Value)}")
            : (After ?? Before)!.Select(c => $"{c.Key}={Short(c.Value)}");
        return $"{Table} row {RowId.ToString(CultureInfo.InvariantCulture)} {kind} ({string.Join(", ", columns)})";
    }

    private static string Short(string? value) => value is null ? "null" : value.Length > 40 ? value[..40] + "…" : value;
}

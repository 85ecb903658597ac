namespace FireSafety.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (default, embedded) or SqlServer. Chosen by configuration, never by OS.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "firesafety.db");

    /// <summary>Apply pending migrations at start-up. Default on for SQLite; SQL Server is deployed by script.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}

using FireSafety.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FireSafety.IntegrationTests.Data;

/// <summary>
/// Provider-specific checks that need no server: the SQL Server model and its idempotent script,
/// built by the SQL Server migrations project's design-time factory (no connection is opened).
/// </summary>
public sealed class ProviderTests
{
    [Fact]
    public void BothProviders_HaveMigrationsForTheWholeModel()
    {
        using var sqlite = new Migrations.Sqlite.DesignTimeDbContextFactory().CreateDbContext([]);
        using var sqlServer = new Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations lag behind the model");
        Assert.False(sqlServer.Database.HasPendingModelChanges(), "SQL Server migrations lag behind the model");
        Assert.Equal(
            sqlite.Database.GetMigrations().Select(Name).Order(),
            sqlServer.Database.GetMigrations().Select(Name).Order());
    }

    [Fact]
    public void SqlServer_IdempotentScript_CreatesTheSchemaGuardedByTheHistoryTable()
    {
        using var db = new Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("FROM [__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("[Version] bigint NOT NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("rowversion", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryVersionedEntity_HasAnAppManagedConcurrencyToken_OnBothProviders()
    {
        foreach (var db in new DbContext[]
                 {
                     new Migrations.Sqlite.DesignTimeDbContextFactory().CreateDbContext([]),
                     new Migrations.SqlServer.DesignTimeDbContextFactory().CreateDbContext([]),
                 })
        {
            using (db)
            {
                var versioned = db.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList();
                Assert.NotEmpty(versioned);
                Assert.All(versioned, t =>
                {
                    var version = t.FindProperty(nameof(IVersioned.Version))!;
                    Assert.True(version.IsConcurrencyToken, $"{t.ClrType.Name}.Version is not a concurrency token");
                    Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, version.ValueGenerated);
                });
            }
        }
    }

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}

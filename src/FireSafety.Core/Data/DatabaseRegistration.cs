using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.Core.Data;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "FireSafety";
    public const string SqliteMigrationsAssembly = "FireSafety.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "FireSafety.Migrations.SqlServer";

    /// <summary>Registers the context for the configured provider.</summary>
    public static IServiceCollection AddFireSafetyDatabase(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, configuration.GetConnectionString(ConnectionStringName), contentRoot);
        services.AddSingleton(options);
        services.AddScoped<UnitScope>();
        services.AddSingleton<DataVersionCache>();
        // Interceptors registered in the container join every context (tests register one that
        // makes two requests meet at the same point of a workflow).
        services.AddDbContext<FireSafetyDbContext>((provider, b) =>
        {
            Configure(b, options.Provider, connectionString);
            b.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        return services;
    }

    public static string ResolveConnectionString(DatabaseOptions options, string? configured, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("ConnectionStrings:FireSafety is required when Database:Provider is SqlServer.")
                : configured;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        // Deliberate: a UnitHead must not see the parent unit of a record outside their scope,
        // so required navigations to a filtered Unit may come back empty for them.
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

        // Migrate() would otherwise rebuild the design-time model and diff it against the last
        // migration at every start (a fifth of a fresh start). The same check runs where it
        // belongs: CI's `dotnet ef migrations has-pending-model-changes` per provider and
        // ProviderTests.BothProviders_HaveMigrationsForTheWholeModel (ADR 0095).
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}

using System.Diagnostics;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// What the host does before it serves: migrate (SQLite by default), ensure the roles, and seed the
/// demo data where configured. Runs in <see cref="StartingAsync"/>, before the server listens,
/// so no request ever meets an unmigrated database — in production and in test hosts alike.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration, ILogger<StartupTasks> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var clock = Stopwatch.StartNew();
        if (provider.GetRequiredService<DatabaseOptions>().ShouldMigrateOnStartup)
        {
            await provider.GetRequiredService<FireSafetyDbContext>().Database.MigrateAsync(cancellationToken);
        }

        await IdentitySeeder.EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        if (await SeedChecklist.EnsureAsync(provider.GetRequiredService<FireSafetyDbContext>(), provider.GetRequiredService<TimeProvider>(), cancellationToken))
        {
            logger.LogInformation("Seeded the self-inspection checklist {Code}", SeedChecklist.Code);
        }

        if (ShouldSeedDemoData(environment, configuration)
            && await provider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken))
        {
            logger.LogInformation("Demo data seeded: the organisation and one account per role (see README)");
        }

        logger.LogInformation("Start-up tasks done in {ElapsedMs} ms", clock.ElapsedMilliseconds);
    }

    /// <summary>Demo accounts exist only where asked for, and never in Production.</summary>
    public static bool ShouldSeedDemoData(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() && configuration.GetValue("DemoData:Seed", false);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

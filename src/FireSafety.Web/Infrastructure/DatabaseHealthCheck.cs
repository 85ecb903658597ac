using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Ready when the database answers a real query on the migrated schema: opening a SQLite file
/// succeeds even when the file is garbage, so a connection test alone would say "healthy".
/// </summary>
public sealed class DatabaseHealthCheck(FireSafetyDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = await db.Units.IgnoreQueryFilters().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Database is not ready: {Reason}", ex.Message);
            return HealthCheckResult.Unhealthy("Database unavailable");
        }
    }
}

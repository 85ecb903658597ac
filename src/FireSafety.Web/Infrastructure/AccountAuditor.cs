using FireSafety.Core.Auditing;
using FireSafety.Core.Data;
using FireSafety.Core.Users;

namespace FireSafety.Web.Infrastructure;

/// <summary>Writes sign-in events (success, failure, lockout, sign-out) to the audit trail.</summary>
public sealed class AccountAuditor(FireSafetyDbContext db, TimeProvider time, IHttpContextAccessor accessor)
{
    public async Task RecordAsync(AuditAction action, string? userName, AppUser? user, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            TimestampUtc = time.GetUtcNow().UtcDateTime,
            Action = action,
            EntityType = "Account",
            EntityKey = user?.Id,
            UserId = user?.Id,
            UserName = user?.UserName ?? Truncate(userName, 256),
            UnitId = user?.UnitId,
            IpAddress = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Changes = detail is null ? null : System.Text.Json.JsonSerializer.Serialize(new { detail }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}

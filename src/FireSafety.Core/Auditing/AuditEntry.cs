using System.Text.Json;
using FireSafety.Core.Data;

namespace FireSafety.Core.Auditing;

/// <summary>
/// One permanent line of the audit trail. The application only ever inserts these: the context
/// refuses to update or delete them.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime TimestampUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public int? UnitId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Entity type name (e.g. "Facility"), or "Account" for sign-in events.</summary>
    public string EntityType { get; set; } = string.Empty;

    public string? EntityKey { get; set; }

    /// <summary>JSON object: field → { "old": …, "new": … }. Secrets are never written.</summary>
    public string? Changes { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>
    /// An entry written by hand (events the change tracker does not see: downloads, role changes),
    /// stamped with the acting user like the ones <c>SaveChanges</c> writes.
    /// </summary>
    public static AuditEntry For(
        ICurrentUser actor, TimeProvider time, AuditAction action, string entityType, string? entityKey,
        IReadOnlyDictionary<string, AuditChange>? changes = null) => new()
        {
            TimestampUtc = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            UnitId = actor.UnitId,
            IpAddress = actor.IpAddress,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Changes = changes is null ? null : JsonSerializer.Serialize(changes),
        };
}

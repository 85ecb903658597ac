using FireSafety.Core.Data;
using FireSafety.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Notifications;

/// <summary>Who a notification goes to: the heads of one unit, everyone in a role, or one user.</summary>
public abstract record Recipients
{
    private Recipients()
    {
    }

    /// <summary>The active unit heads of one unit.</summary>
    public sealed record UnitHeads(int UnitId) : Recipients;

    /// <summary>Every active user in a role (Office, Leader ...), whatever their unit.</summary>
    public sealed record Role(string Name) : Recipients;

    /// <summary>One user, if active.</summary>
    public sealed record User(string UserId) : Recipients;
}

/// <summary>
/// The one way features notify people in the app. It adds the notifications to the context (the
/// caller's SaveChanges writes them with the change they are about, in the same transaction) and
/// skips a recipient who already has one with the same <c>dedupKey</c>, so a job that runs twice,
/// or on two instances, never notifies twice: the unique (UserId, DedupKey) index backs that.
/// </summary>
public sealed class Notifier(FireSafetyDbContext db, TimeProvider time)
{
    /// <summary>Longest text stored; longer text is cut with an ellipsis.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>
    /// Queues one notification per recipient and returns how many were queued. The
    /// <c>dedupKey</c> identifies the event, e.g. <c>"overdue:42:2026-12-01"</c>, and is unique per user.
    /// </summary>
    public async Task<int> NotifyAsync(Recipients to, NotificationKind kind, string text, string? url, string dedupKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        var userIds = await RecipientIds(to).ToListAsync(cancellationToken);
        if (userIds.Count == 0)
        {
            return 0;
        }

        var already = await db.Notifications.AsNoTracking()
            .Where(n => n.DedupKey == dedupKey && userIds.Contains(n.UserId))
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added && e.Entity.DedupKey == dedupKey)
            .Select(e => e.Entity.UserId);
        var skip = already.Concat(pending).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var message = text.Length > MaxTextLength ? string.Concat(text.AsSpan(0, MaxTextLength - 1), "…") : text;
        var queued = 0;
        foreach (var userId in userIds.Where(id => !skip.Contains(id)))
        {
            db.Notifications.Add(new Notification
            {
                UserId = userId,
                Kind = kind,
                Text = message,
                Url = url,
                DedupKey = dedupKey,
                CreatedAtUtc = now,
            });
            queued++;
        }

        return queued;
    }

    private IQueryable<string> RecipientIds(Recipients to)
    {
        var active = db.Users.IgnoreQueryFilters().Where(u => !u.IsDisabled);
        return to switch
        {
            Recipients.User one => active.Where(u => u.Id == one.UserId).Select(u => u.Id),
            Recipients.UnitHeads heads => InRole(active.Where(u => u.UnitId == heads.UnitId), Roles.UnitHead),
            Recipients.Role role => InRole(active, role.Name),
            _ => throw new ArgumentOutOfRangeException(nameof(to)),
        };
    }

    private IQueryable<string> InRole(IQueryable<AppUser> users, string role) =>
        from u in users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select u.Id;
}

using System.Security.Claims;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>The unread count for the layout's bell: one small query on the (UserId, ReadAtUtc) index.</summary>
public sealed class NotificationBell(FireSafetyDbContext db)
{
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? 0 : await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);
    }
}

using System.Security.Claims;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Notifications;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first; mark one or all as read.</summary>
[Authorize]
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record Row(long Id, NotificationKind Kind, string Text, string? Url, DateTime CreatedAtUtc, bool IsRead);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await PagedList<Row>.CreateAsync(
            db.Notifications.AsNoTracking().Where(n => n.UserId == UserId)
                .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
                .Select(n => new Row(n.Id, n.Kind, n.Text, n.Url, n.CreatedAtUtc, n.ReadAtUtc != null)),
            PageNumber,
            cancellationToken: cancellationToken);
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        var userId = UserId;
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadAtUtc ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (notification.Url is { } url && Url.IsLocalUrl(url))
        {
            return LocalRedirect(url);
        }

        return RedirectToPage("./Index", new { p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var userId = UserId;
        var now = time.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.ReadAtUtc = now);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã đánh dấu {0} thông báo là đã đọc.", unread.Count]);
        return RedirectToPage("./Index");
    }
}

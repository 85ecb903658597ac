using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FireSafety.Core.Notifications;

/// <summary>
/// The last piece of the daily job: one e-mail per user with their notifications not yet mailed
/// (the reminders the other pieces have just written, and what happened since the last digest), in
/// the groups the user chose on their profile. Each notification is claimed before it is sent, so
/// a re-run, a restart or a second instance never mails it twice; a failed send gives the claim
/// back and the piece fails, so the job retries it. Nothing is sent when SMTP is not configured.
/// </summary>
public sealed partial class EmailDigest(FireSafetyDbContext db, IEmailSender sender, EmailOptions options, TimeProvider time, ILogger<EmailDigest> logger) : IDailyWork
{
    public const string PreferencesPath = "/Account/EmailReminders";

    // Encodes markup characters but keeps Vietnamese letters readable in the HTML part.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string Name => "email-digest";

    public int Order => 1000;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-options.MaxAgeDays);
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAtUtc == null && n.CreatedAtUtc >= since)
            .Join(
                db.Users.IgnoreQueryFilters().Where(u => !u.IsDisabled && u.EmailConfirmed && u.Email != null),
                n => n.UserId,
                u => u.Id,
                (n, u) => new Pending(n.Id, n.UserId, n.Kind, n.Text, n.Url, n.CreatedAtUtc, u.Email!, u.FullName, u.EmailOptOut))
            .ToListAsync(cancellationToken);

        var sent = 0;
        var failures = 0;
        foreach (var user in pending.GroupBy(p => p.UserId, StringComparer.Ordinal))
        {
            var wanted = user.Where(n => EmailPreferences.Wants(n.OptOut, n.Kind)).OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).ToList();
            var mine = await ClaimAsync(wanted.Select(n => n.Id).ToList(), now, cancellationToken);
            var items = wanted.Where(n => mine.Contains(n.Id)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            try
            {
                await sender.SendAsync(Compose(items, VietnamTime.ToLocalDate(now)), cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailure(ex, user.Key);
                await db.Notifications.Where(n => mine.Contains(n.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAtUtc, (DateTime?)null), CancellationToken.None);
                failures++;
            }
        }

        return failures == 0
            ? sent
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{failures} e-mail digest(s) could not be sent; {sent} sent. They are retried at the next run."));
    }

    /// <summary>
    /// Marks the notifications as mailed with a stamp of this run and returns those that carry it:
    /// when two instances race, each notification goes to exactly one of them.
    /// </summary>
    private async Task<HashSet<long>> ClaimAsync(List<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var stamp = now.AddTicks(Random.Shared.Next(1, 9_999));
        await db.Notifications.Where(n => ids.Contains(n.Id) && n.EmailedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAtUtc, stamp), cancellationToken);
        return [.. await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id) && n.EmailedAtUtc == stamp).Select(n => n.Id).ToListAsync(cancellationToken)];
    }

    private EmailMessage Compose(List<Pending> items, DateOnly today)
    {
        var first = items[0];
        var day = today.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);
        var subject = string.Create(CultureInfo.InvariantCulture, $"[PCCC] {items.Count} thông báo mới ngày {day}");
        var preferences = Link(PreferencesPath) ?? PreferencesPath;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Kính gửi {first.FullName},\n\n")
            .Append(CultureInfo.InvariantCulture, $"Hệ thống quản lý công tác PCCC có {items.Count} thông báo mới cho anh/chị:\n\n");
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Kính gửi {Html.Encode(first.FullName)},</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>Hệ thống quản lý công tác PCCC có {items.Count} thông báo mới cho anh/chị:</p><ul>");
        foreach (var item in items)
        {
            var link = Link(item.Url);
            text.Append(CultureInfo.InvariantCulture, $"- {item.Text}\n");
            html.Append("<li>");
            if (link is null)
            {
                html.Append(Html.Encode(item.Text));
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"  {link}\n");
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"{Html.Encode(link)}\">{Html.Encode(item.Text)}</a>");
            }

            html.Append("</li>");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nChọn loại thông báo nhận qua e-mail: {preferences}\n");
        html.Append(CultureInfo.InvariantCulture, $"</ul><p><small>Chọn loại thông báo nhận qua e-mail: <a href=\"{Html.Encode(preferences)}\">{Html.Encode(preferences)}</a></small></p>");
        return new EmailMessage(first.Email, first.FullName, subject, text.ToString(), html.ToString());
    }

    /// <summary>An absolute link for a local path ("/Tasks/5"); null for anything else.</summary>
    private string? Link(string? path) =>
        path is not null && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            ? options.BaseUrl.TrimEnd('/') + path
            : null;

    private sealed record Pending(long Id, string UserId, NotificationKind Kind, string Text, string? Url, DateTime CreatedAtUtc, string Email, string FullName, string? OptOut);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail digest for user {UserId} could not be sent")]
    private partial void LogSendFailure(Exception exception, string userId);
}

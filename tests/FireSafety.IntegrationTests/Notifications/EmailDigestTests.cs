using System.Globalization;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Notifications;

/// <summary>
/// The e-mail digest against an SMTP server in the test process: one e-mail per user with what is
/// new for them, never twice (re-run, two at once), in the groups they chose, retried when the mail
/// server refuses.
/// </summary>
public sealed class EmailDigestTests : IDisposable
{
    // 2026-12-01 07:00 in Hà Nội (UTC+7).
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TestSmtpServer _smtp = new();
    private readonly FireSafetyFactory _factory;

    public EmailDigestTests()
    {
        _factory = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) };
        _factory.With("Email:Host", "127.0.0.1")
            .With("Email:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture))
            .With("Email:Security", "None")
            .With("Email:BaseUrl", "https://pccc.example.gov.vn/");
        _ = _factory.Server;
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task DailyJob_MailsEachUserOneDigest_NeverTwice_EvenTwoAtOnce()
    {
        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.Overdue, "Nhiệm vụ \"Tuyên truyền KL 02\" đã quá hạn.", "/Tasks/Details/7", "k1");
        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.Assigned, "Được giao: Tự kiểm tra PCCC quý IV.", "/Tasks/Details/8", "k2");
        await NotifyAsync(DemoAccounts.Office, NotificationKind.DifficultyRaised, "Phòng HCTP báo khó khăn: thiếu bình chữa cháy.", "/Difficulties/Details/3", "k3");

        var run = await _factory.Services.GetRequiredService<DailyJob>().RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(run);
        Assert.True(run.Succeeded, run.Outcome);

        Assert.Equal(2, _smtp.Messages.Count);
        var head = Assert.Single(_smtp.Messages, m => m.To.Mailboxes.Single().Address == DemoAccounts.UnitHead.Email);
        Assert.Equal("[PCCC] 2 thông báo mới ngày 01/12/2026", head.Subject);
        Assert.Contains($"Kính gửi {DemoAccounts.UnitHead.FullName},", head.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ \"Tuyên truyền KL 02\" đã quá hạn.", head.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://pccc.example.gov.vn/Tasks/Details/7", head.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pccc.example.gov.vn/Tasks/Details/8\"", head.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&quot;Tuyên truyền KL 02&quot;", head.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://pccc.example.gov.vn/Account/EmailReminders", head.TextBody, StringComparison.Ordinal);
        Assert.Contains(_smtp.Messages, m => m.To.Mailboxes.Single().Address == DemoAccounts.Office.Email && m.TextBody!.Contains("thiếu bình chữa cháy", StringComparison.Ordinal));

        // Run again: nothing new, nothing sent.
        Assert.Equal(0, await RunDigestAsync());
        Assert.Equal(2, _smtp.Messages.Count);

        // Something new, and two instances run the digest at the same moment: one e-mail.
        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.ActionOpened, "Biện pháp khắc phục mới: thay ổ cắm.", "/Actions/Details/1", "k4");
        var counts = await Task.WhenAll(RunDigestAsync(), RunDigestAsync());
        Assert.Equal(1, counts.Sum());
        var third = Assert.Single(_smtp.Messages.Skip(2));
        Assert.Contains("thay ổ cắm", third.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", third.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheGroupsTheUserChose_AreMailed_AndTheChoiceIsAudited()
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var page = await client.GetDocumentAsync("/Account/EmailReminders");
        Assert.All(page.QuerySelectorAll("input[name=Groups]"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Null(page.QuerySelector("[data-testid=email-off]"));

        var saved = await client.SubmitAsync("/Account/EmailReminders", new Dictionary<string, string?> { ["Groups"] = EmailPreferences.Work }, "form[data-testid=email-form]");
        Assert.Equal("/Account/EmailReminders", saved.RedirectTarget());
        page = await client.GetDocumentAsync("/Account/EmailReminders");
        Assert.Equal([EmailPreferences.Work], page.QuerySelectorAll("input[name=Groups][checked]").Select(b => b.GetAttribute("value")));

        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.Overdue, "Có 2 phương tiện quá hạn kiểm tra.", "/Equipment", "p1");
        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.Returned, "Báo cáo bị trả lại: bổ sung ảnh.", "/Tasks/Details/9", "p2");
        Assert.Equal(1, await RunDigestAsync());

        var mail = Assert.Single(_smtp.Messages);
        Assert.Contains("bổ sung ảnh", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("phương tiện quá hạn", mail.TextBody, StringComparison.Ordinal);

        await using var scope = _factory.Database();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppUser) && a.Changes!.Contains(nameof(AppUser.EmailOptOut))));
    }

    [Fact]
    public async Task AMailServerThatRefuses_FailsThePiece_AndTheNextRunSendsIt()
    {
        await NotifyAsync(DemoAccounts.UnitHead, NotificationKind.DueSoon, "Nhiệm vụ sắp đến hạn (3 ngày).", "/Tasks/Details/5", "r1");
        _smtp.Refuse = true;
        await Assert.ThrowsAnyAsync<InvalidOperationException>(RunDigestAsync);
        await using (var scope = _factory.Database())
        {
            Assert.True(await scope.Db.Notifications.IgnoreQueryFilters().Where(n => n.DedupKey == "r1").AllAsync(n => n.EmailedAtUtc == null));
        }

        _smtp.Refuse = false;
        Assert.Equal(1, await RunDigestAsync());
        Assert.Contains("sắp đến hạn", Assert.Single(_smtp.Messages).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnSmtpHost_NothingIsClaimed()
    {
        using var plain = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) };
        await using var scope = plain.Database();
        var digest = scope.Services.GetServices<IDailyWork>().OfType<EmailDigest>().Single();
        var head = await scope.Db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == DemoAccounts.UnitHead.Email);
        await new Notifier(scope.Db, plain.Time!).NotifyAsync(new Recipients.User(head.Id), NotificationKind.Overdue, "x", null, "n1");
        await scope.Db.SaveChangesAsync();

        Assert.Equal(0, await digest.RunAsync(CancellationToken.None));
        Assert.Null((await scope.Db.Notifications.IgnoreQueryFilters().SingleAsync(n => n.DedupKey == "n1")).EmailedAtUtc);
    }

    private async Task<int> RunDigestAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetServices<IDailyWork>().OfType<EmailDigest>().Single().RunAsync(CancellationToken.None);
    }

    private async Task NotifyAsync(DemoAccounts.Account account, NotificationKind kind, string text, string url, string key)
    {
        await using var scope = _factory.Database();
        var userId = await scope.Db.Users.IgnoreQueryFilters().Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
        await new Notifier(scope.Db, _factory.Time!).NotifyAsync(new Recipients.User(userId), kind, text, url, key);
        await scope.Db.SaveChangesAsync();
    }
}

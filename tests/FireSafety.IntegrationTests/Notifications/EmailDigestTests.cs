using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Plans;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Notifications;

/// <summary>
/// The e-mail digest against an SMTP server in the test process: one e-mail per user with what is
/// new for them, never twice (re-run, two at once), in the groups they chose, retried when the mail
/// server refuses; end to end with the self-inspection and plan reminders the daily job writes.
/// </summary>
public sealed class EmailDigestTests : IDisposable
{
    // 2026-12-01 07:00 in Hà Nội (UTC+7).
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TestSmtpServer _smtp = new();
    private readonly FireSafetyFactory _factory;

    public EmailDigestTests()
    {
        _factory = _smtp.Serve(new FireSafetyFactory { Time = new FakeTimeProvider(Morning) });
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
        await using (var scope = _factory.Database())
        {
            // Only this test's notifications: the self-inspection and plan reminders have their own tests.
            await ReminderTestData.NoInspectionOrPlanRemindersAsync(scope.Db);
        }

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

    [Fact]
    public async Task TheDailyJob_MailsTheSelfInspectionAndPlanReminders_ToTheHeadsWhoWantThem()
    {
        // A host of its own: the reminder window from configuration, 30 days, reaches 31 December.
        using var factory = _smtp.Serve(new FireSafetyFactory { Time = new FakeTimeProvider(Morning) }).With("Inspections:ReminderDays", "30");
        int hctp, tgpl;
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            await ReminderTestData.NoInspectionOrPlanRemindersAsync(db);
            hctp = await PlanTestData.UnitIdAsync(db, "HCTP");
            tgpl = await PlanTestData.UnitIdAsync(db, "TGPL");
            await ReminderTestData.RhythmAsync(db, hctp, 1); // monthly; November done, December due by the 31st (30-day window)
            await ReminderTestData.InspectedAsync(db, hctp, new DateOnly(2026, 11, 10));
            await PlanTestData.PlanAsync(db, hctp, "Phương án tầng 2", approvedOn: new DateOnly(2025, 6, 1));
            await ReminderTestData.RhythmAsync(db, tgpl, 1); // never inspected: overdue
            var other = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == DemoAccounts.OtherUnitHead.Email);
            other.EmailOptOut = EmailPreferences.OptOutFor([EmailPreferences.Work]);
            await db.SaveChangesAsync();
        }

        var run = await factory.Services.GetRequiredService<DailyJob>().RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(run);
        Assert.True(run.Succeeded, run.Outcome);
        Assert.Contains("inspection reminders: 2", run.Outcome, StringComparison.Ordinal);
        Assert.Contains("plan reminders: 1", run.Outcome, StringComparison.Ordinal);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(DemoAccounts.UnitHead.Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal("[PCCC] 2 thông báo mới ngày 01/12/2026", mail.Subject);
        Assert.Contains("- Sắp đến hạn tự kiểm tra PCCC định kỳ: kỳ này chưa tự kiểm tra (hạn 31/12/2026)\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://pccc.example.gov.vn/Inspections/Plan/{hctp}\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- 1 phương án chữa cháy chưa tổ chức diễn tập năm nay\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://pccc.example.gov.vn/Plans?inForce=2026&year=2026&drilled=false&unitId={hctp}\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://pccc.example.gov.vn/Plans?inForce=2026&amp;year=2026&amp;drilled=false&amp;unitId={hctp}\"", mail.HtmlBody, StringComparison.Ordinal);

        // TGPL's head has the overdue reminder in the app but chose no reminders by e-mail.
        await using (var scope = factory.Database())
        {
            var otherId = await scope.Db.Users.IgnoreQueryFilters().Where(u => u.Email == DemoAccounts.OtherUnitHead.Email).Select(u => u.Id).SingleAsync();
            var inApp = await scope.Db.Notifications.SingleAsync(n => n.UserId == otherId);
            Assert.Equal($"inspection-overdue:{tgpl}:2026-12-01", inApp.DedupKey);
            Assert.Null(inApp.EmailedAtUtc);
        }

        // The next day the reminders are written and mailed again, while still due.
        factory.Time!.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(await factory.Services.GetRequiredService<DailyJob>().RunIfDueAsync(CancellationToken.None));
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.Equal("[PCCC] 2 thông báo mới ngày 02/12/2026", _smtp.Messages[1].Subject);
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

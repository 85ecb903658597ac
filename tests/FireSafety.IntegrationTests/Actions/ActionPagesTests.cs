using System.Net;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Actions;

public sealed class ActionPagesTests(ActionPagesTests.Factory factory) : IClassFixture<ActionPagesTests.Factory>
{
    /// <summary>A host on fake time with a 10-day default due date, to show the setting is read.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            Time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
            With("CorrectiveActions:DefaultDueDays", "10");
        }
    }

    private DateOnly Today => VietnamTime.Today(factory.Time!);

    [Fact]
    public async Task OpenAsync_UsesTheConfiguredDueDate_AndNotifiesTheUnitHeads()
    {
        CorrectiveAction action;
        await using (var scope = factory.Database())
        {
            var service = scope.Services.GetRequiredService<CorrectiveActions>();
            action = await service.OpenAsync(new OpenActionRequest(await UnitIdAsync("HCTP"), ActionSource.Incident, 42, "Tủ điện tầng 1 hở", null, Severity.Critical));
        }

        Assert.Equal(Today.AddDays(10), action.DueOn);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.ActionOpened, action.Id));
        Assert.False(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.ActionOpened, action.Id));
    }

    [Fact]
    public async Task UnitHead_FixesWithPhoto_OfficeRejects_UnitFixesAgain_OfficeVerifies()
    {
        var id = await NewActionAsync("HCTP");
        var url = $"/Actions/Details/{id}";
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var office = await SignedInAsync(DemoAccounts.Office);

        var noNote = await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "" }, ("anh.png", TestEvidence.Png));
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Equal("Vui lòng mô tả việc đã khắc phục.", (await noNote.DocumentAsync()).FieldError("Fix.Note"));
        var noPhoto = await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Đã dọn lối đi." });
        Assert.Equal("Vui lòng đính kèm ít nhất một ảnh hoặc tệp minh chứng đã khắc phục.", (await noPhoto.DocumentAsync()).FieldError("Files"));
        Assert.Equal(ActionStatus.Open, await StatusAsync(id));
        Assert.Equal(0, await FileCountAsync(id));

        var fixedResponse = await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Đã dọn lối đi." }, ("anh-loi-thoat-nan.png", TestEvidence.Png));
        Assert.Equal(url, fixedResponse.RedirectTarget());
        Assert.Equal(ActionStatus.Fixed, await StatusAsync(id));
        Assert.Equal(1, await FileCountAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.Office, NotificationKind.ActionFixed, id));
        Assert.NotNull((await unitHead.GetDocumentAsync(url)).QuerySelector("[data-testid=evidence-link]"));

        var noReason = await office.SubmitAsync(url, new Dictionary<string, string?> { ["Reject.Reason"] = " " }, "form[data-testid=reject-form]");
        Assert.Equal("Vui lòng nêu lý do chưa đạt.", (await noReason.DocumentAsync()).FieldError("Reject.Reason"));
        Assert.Equal(ActionStatus.Fixed, await StatusAsync(id));

        var rejected = await office.SubmitAsync(url, new Dictionary<string, string?> { ["Reject.Reason"] = "Ảnh chưa thấy lối đi." }, "form[data-testid=reject-form]");
        Assert.Equal(url, rejected.RedirectTarget());
        Assert.Equal(ActionStatus.Open, await StatusAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.ActionRejected, id));
        Assert.Contains("Ảnh chưa thấy lối đi.", (await unitHead.GetDocumentAsync(url)).QuerySelector("[data-testid=reject-reason]")!.TextContent, StringComparison.Ordinal);

        factory.Time!.Advance(TimeSpan.FromMinutes(5));
        await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Chụp lại toàn bộ lối đi." }, ("anh-2.png", TestEvidence.Png));
        Assert.Equal(ActionStatus.Fixed, await StatusAsync(id));
        var verified = await office.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=verify-form]");
        Assert.Equal(url, verified.RedirectTarget());
        Assert.Equal(ActionStatus.Verified, await StatusAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.ActionVerified, id));
        var done = await office.GetDocumentAsync(url);
        Assert.Null(done.QuerySelector("form[data-testid=fix-form]"));
        Assert.Null(done.QuerySelector("form[data-testid=verify-form]"));

        // A rejection posted from a page read before the verification: its form is no longer shown,
        // so the refusal must be in the summary at the top, and nothing changes.
        var stale = await office.PostAsync($"{url}?handler=Reject", new Dictionary<string, string?> { ["Reject.Reason"] = "Ảnh còn mờ." }, url);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await stale.DocumentAsync()).QuerySelector("[data-testid=errors]")?.TextContent), "the refusal is not shown");
        Assert.Equal(ActionStatus.Verified, await StatusAsync(id));
    }

    [Fact]
    public async Task UnitHead_CannotVerify_AndLeaderCannotFix()
    {
        var id = await NewActionAsync("HCTP");
        var url = $"/Actions/Details/{id}";
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Đã sửa." }, ("anh.png", TestEvidence.Png));
        Assert.Equal(ActionStatus.Fixed, await StatusAsync(id));

        var verify = await unitHead.PostAsync($"{url}?handler=Verify", new Dictionary<string, string?> { ["Version"] = await VersionAsync(id) });
        Assert.Contains("/Account/AccessDenied", verify.RedirectTarget(), StringComparison.Ordinal);
        Assert.Null((await unitHead.GetDocumentAsync(url)).QuerySelector("form[data-testid=verify-form]"));

        var leader = await SignedInAsync(DemoAccounts.Leader);
        var other = await NewActionAsync("HCTP");
        var fix = await leader.PostAsync($"/Actions/Details/{other}?handler=Fix", new Dictionary<string, string?> { ["Fix.Note"] = "x", ["Version"] = await VersionAsync(other) }, $"/Actions/Details/{other}");
        Assert.Contains("/Account/AccessDenied", fix.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Fixed, await StatusAsync(id));
        Assert.Equal(ActionStatus.Open, await StatusAsync(other));
    }

    [Fact]
    public async Task List_ShowsOnlyTheUnitsActions_OverdueFirst_AndFilters()
    {
        var overdue = await NewActionAsync("HCTP", Today.AddDays(-2), "Bình chữa cháy hết hạn kiểm định");
        var later = await NewActionAsync("HCTP", Today.AddDays(20), "Thiếu tiêu lệnh chữa cháy");
        var otherUnits = await NewActionAsync("TGPL", Today.AddDays(-5), "Ổ cắm quá tải ở kho");
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);

        var ids = (await unitHead.GetDocumentAsync("/Actions")).QuerySelectorAll("[data-testid=action]").Select(e => int.Parse(e.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(otherUnits, ids);
        Assert.True(ids.IndexOf(overdue) < ids.IndexOf(later));

        var onlyOverdue = (await unitHead.GetDocumentAsync("/Actions?status=Overdue")).QuerySelectorAll("[data-testid=action]").Select(e => e.GetAttribute("data-id")).ToList();
        Assert.Contains(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), onlyOverdue);
        Assert.DoesNotContain(later.ToString(System.Globalization.CultureInfo.InvariantCulture), onlyOverdue);

        var search = (await unitHead.GetDocumentAsync("/Actions?q=tieu+lenh")).QuerySelectorAll("[data-testid=action]").Select(e => e.GetAttribute("data-id")).ToList();
        Assert.Equal([later.ToString(System.Globalization.CultureInfo.InvariantCulture)], search);
    }

    [Fact]
    public async Task Reminders_DueSoonOnce_OverdueOncePerDay_ReRunQueuesNothing()
    {
        var soon = await NewActionAsync("TGPL", Today.AddDays(3), "Sắp hạn");
        var late = await NewActionAsync("TGPL", Today.AddDays(-1), "Quá hạn");
        var far = await NewActionAsync("TGPL", Today.AddDays(4), "Còn xa");

        var first = await RemindAsync(Today);
        var again = await RemindAsync(Today);
        var nextDay = await RemindAsync(Today.AddDays(1));

        Assert.True(first >= 2);
        Assert.Equal(0, again);
        Assert.True(nextDay >= 2); // "far" becomes due soon, "late" is overdue again; "soon" is not repeated
        Assert.True(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.DueSoon, soon));
        Assert.True(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.Overdue, late));
        Assert.True(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.DueSoon, far));
        Assert.Equal(1, await NotificationCountAsync(DemoAccounts.OtherUnitHead, NotificationKind.DueSoon, soon));
        Assert.Equal(2, await NotificationCountAsync(DemoAccounts.OtherUnitHead, NotificationKind.Overdue, late));
        Assert.False(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.Overdue, late));
    }

    private async Task<int> RemindAsync(DateOnly today)
    {
        await using var scope = factory.Database();
        return await scope.Services.GetRequiredService<CorrectiveActions>().QueueRemindersForAsync(today, CancellationToken.None);
    }

    private async Task<int> NewActionAsync(string unitCode, DateOnly? dueOn = null, string? title = null)
    {
        await using var scope = factory.Database();
        return (await ActionTestData.ActionAsync(scope.Db, await UnitIdAsync(unitCode), dueOn ?? Today.AddDays(7), title)).Id;
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private async Task<ActionStatus> StatusAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.CorrectiveActions.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    private async Task<string> VersionAsync(int id)
    {
        await using var scope = factory.Database();
        return (await scope.Db.CorrectiveActions.Where(a => a.Id == id).Select(a => a.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> FileCountAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.Set<CorrectiveActionFile>().CountAsync(f => f.ActionId == id);
    }

    private async Task<bool> HasNotificationAsync(DemoAccounts.Account account, NotificationKind kind, int actionId) =>
        await NotificationCountAsync(account, kind, actionId) > 0;

    private async Task<int> NotificationCountAsync(DemoAccounts.Account account, NotificationKind kind, int actionId)
    {
        await using var scope = factory.Database();
        var url = CorrectiveActions.Url(actionId);
        return await scope.Db.Notifications.CountAsync(n => n.Kind == kind && n.Url == url && scope.Db.Users.Any(u => u.Id == n.UserId && u.Email == account.Email));
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using FireSafety.Core.Common;
using FireSafety.Core.Directives;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Tasks;

public sealed class TaskPagesTests(TaskPagesTests.Factory factory) : IClassFixture<TaskPagesTests.Factory>
{
    /// <summary>A host on fake time, so "today", on time and late are the test's to decide.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    private DateOnly Today => VietnamTime.Today(factory.Time!);

    [Fact]
    public async Task UnitHead_ReportsWithPng_Submits_OfficeReturnsWithReason_UnitResubmits_OfficeAccepts()
    {
        int id;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            id = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), Today.AddDays(5))).Id;
        }

        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var office = await SignedInAsync(DemoAccounts.Office);
        var url = $"/Tasks/Details/{id}";

        var progress = await PostMultipartAsync(unitHead, url, "Progress", new() { ["Progress.Text"] = "Đã kiểm tra bình chữa cháy tầng 1." }, ("anh-binh-chua-chay.png", TestEvidence.Png));
        Assert.Equal(url, progress.RedirectTarget());
        await using (var scope = factory.Database())
        {
            var entry = await scope.Db.AssignmentEntries.IgnoreQueryFilters().Include(e => e.Files).SingleAsync(e => e.AssignmentId == id);
            Assert.Equal(AssignmentEntryKind.Progress, entry.Kind);
            Assert.Equal("Đã kiểm tra bình chữa cháy tầng 1.", entry.Text);
            var link = Assert.Single(entry.Files);
            var file = await scope.Db.EvidenceFiles.IgnoreQueryFilters().SingleAsync(f => f.Id == link.FileId);
            Assert.Equal(entry.UnitId, file.UnitId);
            Assert.Equal(await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), entry.UnitId);
        }

        var page = await unitHead.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector("[data-testid=evidence-link]")?.GetAttribute("href")?.StartsWith("/Evidence/Download/", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("form[data-testid=submit-form][data-confirm]"));

        Advance();
        var submit = await unitHead.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=submit-form]");
        Assert.Equal(url, submit.RedirectTarget());
        Assert.Equal(AssignmentStatus.Submitted, await StatusAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.Office, NotificationKind.Submitted, id));

        Advance();
        var entriesBefore = await EntryCountAsync(id);
        var refused = await office.SubmitAsync(url, new Dictionary<string, string?> { ["Return.Reason"] = "" }, "form[data-testid=return-form]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Vui lòng nêu lý do trả lại kết quả.", (await refused.DocumentAsync()).FieldError("Return.Reason"));
        Assert.Equal(AssignmentStatus.Submitted, await StatusAsync(id));
        Assert.Equal(entriesBefore, await EntryCountAsync(id));

        var returned = await office.SubmitAsync(url, new Dictionary<string, string?> { ["Return.Reason"] = "Thiếu ảnh tầng 2." }, "form[data-testid=return-form]");
        Assert.Equal(url, returned.RedirectTarget());
        Assert.Equal(AssignmentStatus.Returned, await StatusAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.Returned, id));
        Assert.False(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.Returned, id));
        Assert.Equal("Thiếu ảnh tầng 2.", (await unitHead.GetDocumentAsync(url)).QuerySelector("[data-testid=return-reason]")!.TextContent.Trim());

        Advance();
        await unitHead.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=submit-form]");
        Assert.Equal(AssignmentStatus.Submitted, await StatusAsync(id));

        Advance();
        var accepted = await office.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=accept-form]");
        Assert.Equal(url, accepted.RedirectTarget());
        Assert.Equal(AssignmentStatus.Accepted, await StatusAsync(id));
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.Accepted, id));
        var done = await office.GetDocumentAsync(url);
        Assert.Contains("Hoàn thành đúng hạn", done.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, done.QuerySelectorAll("[data-testid=entry]").Length);
    }

    [Fact]
    public async Task Export_HonoursTheBoardsFilters_AndTheUnitScope_WithVietnameseHeaders()
    {
        int directiveId;
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            var hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
            var tgpl = await TaskTestData.UnitIdAsync(db, "TGPL");
            var directive = await TaskTestData.DirectiveAsync(db, "Xuất Excel bảng theo dõi");
            directiveId = directive.Id;
            await TaskTestData.AssignmentAsync(db, directive, hctp, Today.AddDays(5), text: "Trong hạn HCTP");
            await TaskTestData.AssignmentAsync(db, directive, hctp, Today.AddDays(-2), text: "Quá hạn HCTP");
            await TaskTestData.AssignmentAsync(db, directive, tgpl, Today.AddDays(-4), text: "Quá hạn TGPL");
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var board = await office.GetDocumentAsync($"/Tasks?directiveId={directiveId}&status=Overdue");
        var href = board.QuerySelector("[data-testid=export]")!.GetAttribute("href")!;
        Assert.Contains($"directiveId={directiveId}", href, StringComparison.Ordinal);
        Assert.Contains("status=Overdue", href, StringComparison.Ordinal);

        var overdue = await office.SheetAsync(href);
        Assert.Equal(["Văn bản", "Nhiệm vụ", "Đơn vị", "Hạn", "Trạng thái", "Phân loại", "Ngày báo cáo", "Ngày chấp nhận"], overdue[0].Keys);
        Assert.Equal(["Quá hạn HCTP", "Quá hạn TGPL"], overdue.Select(r => (string)r["Nhiệm vụ"]!).Order(StringComparer.Ordinal));
        Assert.All(overdue, r => Assert.Equal("Chưa hoàn thành, quá hạn", r["Phân loại"]));
        Assert.Equal(Today.AddDays(-4).ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture), overdue.Single(r => (string)r["Nhiệm vụ"]! == "Quá hạn TGPL")["Hạn"]);

        // A unit head's export holds their unit's tasks only.
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        var own = await head.SheetAsync($"/Tasks?handler=Export&directiveId={directiveId}");
        Assert.Equal(["Quá hạn HCTP", "Trong hạn HCTP"], own.Select(r => (string)r["Nhiệm vụ"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Board_EveryCount_EqualsTheListItLinksTo_AndOnTimeBecomesLateWithTime()
    {
        int directiveId, overdue, withinTerm;
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            var hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
            var tgpl = await TaskTestData.UnitIdAsync(db, "TGPL");
            var directive = await TaskTestData.DirectiveAsync(db);
            directiveId = directive.Id;
            var now = factory.Time!.GetUtcNow().UtcDateTime;
            withinTerm = (await TaskTestData.AssignmentAsync(db, directive, hctp, Today.AddDays(2))).Id;
            overdue = (await TaskTestData.AssignmentAsync(db, directive, tgpl, Today.AddDays(-3))).Id;
            var onTimeDue = Today.AddDays(-1);
            await TaskTestData.AssignmentAsync(db, directive, hctp, onTimeDue, new AssignmentState(AssignmentStatus.Accepted, onTimeDue, VietnamTime.StartOfDayUtc(onTimeDue).AddHours(9), now, LastEventAt: now));
            var lateDue = Today.AddDays(-10);
            await TaskTestData.AssignmentAsync(db, directive, tgpl, lateDue, new AssignmentState(AssignmentStatus.Accepted, lateDue, now.AddDays(-2), now, LastEventAt: now));
            await TaskTestData.AssignmentAsync(db, directive, tgpl, Today.AddDays(1), new AssignmentState(AssignmentStatus.Submitted, Today.AddDays(1), now, LastEventAt: now));
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var board = $"/Tasks?directiveId={directiveId}";

        var counts = await CountsAsync(office, board);
        Assert.Equal(new Dictionary<string, int> { ["DoneOnTime"] = 1, ["DoneLate"] = 1, ["WithinTerm"] = 2, ["Overdue"] = 1, ["Submitted"] = 1 }, counts);
        await AssertCountsEqualListsAsync(office, board);
        var first = (await office.GetDocumentAsync(board)).QuerySelector("[data-testid=assignment]")!.GetAttribute("data-id");
        Assert.Equal(overdue.ToString(CultureInfo.InvariantCulture), first);

        factory.Time!.Advance(TimeSpan.FromDays(3));
        office = await SignedInAsync(DemoAccounts.Office); // the session ended with the idle timeout

        counts = await CountsAsync(office, board);
        Assert.Equal(new Dictionary<string, int> { ["DoneOnTime"] = 1, ["DoneLate"] = 1, ["WithinTerm"] = 1, ["Overdue"] = 2, ["Submitted"] = 1 }, counts);
        await AssertCountsEqualListsAsync(office, board);
        var overdueList = await office.GetDocumentAsync($"{board}&status=Overdue");
        Assert.Equal(
            [overdue.ToString(CultureInfo.InvariantCulture), withinTerm.ToString(CultureInfo.InvariantCulture)],
            overdueList.QuerySelectorAll("[data-testid=assignment]").Select(a => a.GetAttribute("data-id")!).ToList());
    }

    [Fact]
    public async Task Board_FiltersByCategoryUnitAndDueRange_InVietnameseDates()
    {
        int equipment, directiveId;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            directiveId = directive.Id;
            var hctp = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            equipment = (await TaskTestData.AssignmentAsync(scope.Db, directive, hctp, new DateOnly(2031, 3, 15), categories: "Equipment,Reporting")).Id;
            await TaskTestData.AssignmentAsync(scope.Db, directive, hctp, new DateOnly(2031, 3, 20), categories: "Training");
            await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "TGPL"), new DateOnly(2031, 3, 15), categories: "Equipment");
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        string hctpId;
        await using (var scope = factory.Database())
        {
            hctpId = (await TaskTestData.UnitIdAsync(scope.Db, "HCTP")).ToString(CultureInfo.InvariantCulture);
        }

        var list = await office.GetDocumentAsync($"/Tasks?directiveId={directiveId}&category=Equipment&unitId={hctpId}&dueFrom=15/03/2031&dueTo=16/03/2031");
        Assert.Equal([equipment.ToString(CultureInfo.InvariantCulture)], list.QuerySelectorAll("[data-testid=assignment]").Select(a => a.GetAttribute("data-id")!).ToList());
        Assert.Equal("1", list.QuerySelector("[data-testid=count-WithinTerm] [data-testid=count-value]")!.TextContent.Trim());
        var training = await office.GetDocumentAsync($"/Tasks?directiveId={directiveId}&dueFrom=16/03/2031");
        Assert.Single(training.QuerySelectorAll("[data-testid=assignment]"));
        var bad = await office.GetDocumentAsync($"/Tasks?directiveId={directiveId}&dueFrom=31/02/2031");
        Assert.Contains("Ngày không hợp lệ (dd/MM/yyyy).", bad.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitHead_GetsNotFound_ForAnotherUnitsAssignment_AndListsOnlyTheirUnit()
    {
        int own, other, directiveId;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            directiveId = directive.Id;
            own = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), Today.AddDays(4))).Id;
            other = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "TGPL"), Today.AddDays(4))).Id;
        }

        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);

        Assert.Equal(HttpStatusCode.NotFound, (await unitHead.Http.GetAsync($"/Tasks/Details/{other}")).StatusCode);
        var post = await unitHead.PostAsync($"/Tasks/Details/{other}?handler=Progress", new Dictionary<string, string?> { ["Progress.Text"] = "Báo cáo trái phép", ["Version"] = "0" }, $"/Tasks/Details/{own}");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var submit = await unitHead.PostAsync($"/Tasks/Details/{other}?handler=Submit", new Dictionary<string, string?> { ["Version"] = "0" }, $"/Tasks/Details/{own}");
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        var list = await unitHead.GetDocumentAsync($"/Tasks?directiveId={directiveId}");
        Assert.Equal("Nhiệm vụ của đơn vị", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([own.ToString(CultureInfo.InvariantCulture)], list.QuerySelectorAll("[data-testid=assignment]").Select(a => a.GetAttribute("data-id")!).ToList());
        await using (var scope = factory.Database())
        {
            Assert.False(await scope.Db.AssignmentEntries.IgnoreQueryFilters().AnyAsync(e => e.AssignmentId == other));
        }
    }

    [Fact]
    public async Task Workflow_RefusesAcceptOfAnOpenAssignment_AndAStaleVersion_InVietnamese_WritingNothing()
    {
        int id;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            id = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), Today.AddDays(4))).Id;
        }

        var url = $"/Tasks/Details/{id}";
        var office = await SignedInAsync(DemoAccounts.Office);
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        long version;
        await using (var scope = factory.Database())
        {
            version = await scope.Db.TaskAssignments.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Version).SingleAsync();
        }

        var accept = await office.PostAsync($"{url}?handler=Accept", new Dictionary<string, string?> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) }, url);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Contains("Đơn vị chưa báo cáo hoàn thành, chưa thể chấp nhận kết quả.", (await accept.DocumentAsync()).QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);

        var stale = await unitHead.PostAsync($"{url}?handler=Progress", new Dictionary<string, string?> { ["Progress.Text"] = "Báo cáo từ trang cũ", ["Version"] = (version + 7).ToString(CultureInfo.InvariantCulture) }, url);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Nhiệm vụ vừa được người khác cập nhật.", (await stale.DocumentAsync()).QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await EntryCountAsync(id));
        Assert.Equal(AssignmentStatus.Open, await StatusAsync(id));
    }

    [Fact]
    public async Task Leader_CannotAccept_NorSeesTheReviewForms()
    {
        int id;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            var now = factory.Time!.GetUtcNow().UtcDateTime;
            id = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), Today.AddDays(4), new AssignmentState(AssignmentStatus.Submitted, Today.AddDays(4), now, LastEventAt: now))).Id;
        }

        var leader = await SignedInAsync(DemoAccounts.Leader);
        var url = $"/Tasks/Details/{id}";

        var page = await leader.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("[data-testid=review]"));
        Assert.Null(page.QuerySelector("[data-testid=progress-form]"));
        var response = await leader.PostAsync($"{url}?handler=Accept", new Dictionary<string, string?> { ["Version"] = "0" }, url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(AssignmentStatus.Submitted, await StatusAsync(id));
    }

    [Fact]
    public async Task Bell_ShowsTheUnreadCount_AndMarkingAllReadClearsIt()
    {
        await using (var scope = factory.Database())
        {
            var userId = await scope.Db.Users.Where(u => u.Email == DemoAccounts.OtherUnitHead.Email).Select(u => u.Id).SingleAsync();
            await scope.Db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync();
            var now = factory.Time!.GetUtcNow().UtcDateTime;
            scope.Db.Notifications.AddRange(
                new Notification { UserId = userId, Kind = NotificationKind.Assigned, Text = "Nhiệm vụ mới", Url = "/Tasks", DedupKey = "test:bell:1", CreatedAtUtc = now },
                new Notification { UserId = userId, Kind = NotificationKind.DueSoon, Text = "Sắp đến hạn", Url = "/Tasks", DedupKey = "test:bell:2", CreatedAtUtc = now.AddMinutes(1) },
                new Notification { UserId = userId, Kind = NotificationKind.Accepted, Text = "Đã đọc", DedupKey = "test:bell:3", CreatedAtUtc = now.AddMinutes(-1), ReadAtUtc = now });
            await scope.Db.SaveChangesAsync();
        }

        var client = await SignedInAsync(DemoAccounts.OtherUnitHead);

        var home = await client.GetDocumentAsync("/");
        var bell = home.QuerySelector("[data-testid=notification-bell]")!;
        Assert.Equal("/Notifications", bell.GetAttribute("href"));
        Assert.StartsWith("2", bell.QuerySelector("[data-testid=notification-count]")!.TextContent.Trim(), StringComparison.Ordinal);
        var list = await client.GetDocumentAsync("/Notifications");
        Assert.Equal(["Sắp đến hạn", "Nhiệm vụ mới", "Đã đọc"], list.QuerySelectorAll("[data-testid=notification] a, [data-testid=notification] div > span").Select(e => e.TextContent.Trim()).ToList());

        var read = await client.SubmitAsync("/Notifications", new Dictionary<string, string?>(), "form[data-testid=read-all]");
        Assert.Equal("/Notifications", read.RedirectTarget());
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector("[data-testid=notification-count]"));
    }

    private void Advance() => factory.Time!.Advance(TimeSpan.FromMinutes(5));

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>GETs the page, then posts its handler as multipart (text fields, the page's version and token, and files).</summary>
    private static async Task<HttpResponseMessage> PostMultipartAsync(PageClient client, string url, string handler, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector($"form[data-testid={handler.ToLowerInvariant()}-form]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
        };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "Files", name);
        }

        return await client.Http.PostAsync($"{url}?handler={handler}", content);
    }

    private static async Task<Dictionary<string, int>> CountsAsync(PageClient client, string board)
    {
        var page = await client.GetDocumentAsync(board);
        return page.QuerySelectorAll("[data-testid^=count-]").Where(a => a.GetAttribute("data-testid") != "count-value")
            .ToDictionary(a => a.GetAttribute("data-testid")!["count-".Length..], a => int.Parse(a.QuerySelector("[data-testid=count-value]")!.TextContent.Trim(), CultureInfo.InvariantCulture));
    }

    private static async Task AssertCountsEqualListsAsync(PageClient client, string board)
    {
        var page = await client.GetDocumentAsync(board);
        foreach (var card in page.QuerySelectorAll("a[data-testid^=count-]").Cast<IHtmlAnchorElement>())
        {
            var count = int.Parse(card.QuerySelector("[data-testid=count-value]")!.TextContent.Trim(), CultureInfo.InvariantCulture);
            var list = await client.GetDocumentAsync(card.GetAttribute("href")!);
            Assert.Equal(count, list.QuerySelectorAll("[data-testid=assignment]").Length);
            Assert.Equal(count, list.QuerySelector($"a[data-testid={card.GetAttribute("data-testid")}] [data-testid=count-value]") is { } same ? int.Parse(same.TextContent.Trim(), CultureInfo.InvariantCulture) : -1);
        }
    }

    private async Task<AssignmentStatus> StatusAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.TaskAssignments.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    private async Task<int> EntryCountAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.AssignmentEntries.IgnoreQueryFilters().CountAsync(e => e.AssignmentId == id);
    }

    private async Task<bool> HasNotificationAsync(DemoAccounts.Account account, NotificationKind kind, int assignmentId)
    {
        await using var scope = factory.Database();
        var userId = await scope.Db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
        var url = $"/Tasks/Details/{assignmentId}";
        return await scope.Db.Notifications.AnyAsync(n => n.UserId == userId && n.Kind == kind && n.Url == url);
    }
}

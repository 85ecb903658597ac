using System.Net;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Difficulties;

public sealed class DifficultyPagesTests(DifficultyPagesTests.Factory factory) : IClassFixture<DifficultyPagesTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task UnitRaisesAboutATask_OfficeIsNotified_Answers_UnitIsNotified_BothSeeTheThread_OfficeResolves()
    {
        int assignmentId;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            assignmentId = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), new DateOnly(2030, 6, 30))).Id;
        }

        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var task = await unitHead.GetDocumentAsync($"/Tasks/Details/{assignmentId}");
        Assert.Equal($"/Difficulties/Create?assignmentId={assignmentId}", task.QuerySelector("[data-testid=raise-difficulty]")!.GetAttribute("href"));

        var created = await unitHead.SubmitAsync($"/Difficulties/Create?assignmentId={assignmentId}", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Chưa có kinh phí trang bị bình chữa cháy",
            ["Input.Text"] = "Đề nghị Văn phòng hướng dẫn nguồn kinh phí.",
        });
        var url = created.RedirectTarget();
        Assert.StartsWith("/Difficulties/Details/", url, StringComparison.Ordinal);
        var id = int.Parse(url["/Difficulties/Details/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await using (var scope = factory.Database())
        {
            var difficulty = await scope.Db.Difficulties.Include(d => d.Messages).SingleAsync(d => d.Id == id);
            Assert.Equal(assignmentId, difficulty.AssignmentId);
            Assert.Equal(await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), difficulty.UnitId);
            Assert.False(Assert.Single(difficulty.Messages).FromOffice);
        }

        Assert.True(await HasNotificationAsync(DemoAccounts.Office, NotificationKind.DifficultyRaised, url));

        var office = await SignedInAsync(DemoAccounts.Office);
        var answered = await office.SubmitAsync(url, new Dictionary<string, string?> { ["Message.Text"] = "Sử dụng kinh phí chi thường xuyên năm 2026." }, "form[data-testid=message-form]");
        Assert.Equal(url, answered.RedirectTarget());
        Assert.True(await HasNotificationAsync(DemoAccounts.UnitHead, NotificationKind.DifficultyAnswered, url));
        Assert.False(await HasNotificationAsync(DemoAccounts.OtherUnitHead, NotificationKind.DifficultyAnswered, url));

        var seenByUnit = await unitHead.GetDocumentAsync(url);
        Assert.Equal(["False", "True"], seenByUnit.QuerySelectorAll("[data-testid=message]").Select(m => m.GetAttribute("data-from-office")!).ToList());
        Assert.Contains("kinh phí chi thường xuyên", seenByUnit.QuerySelector("[data-testid=thread]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(seenByUnit.QuerySelector("[data-testid=resolve-form]"));

        var list = await unitHead.GetDocumentAsync("/Difficulties?state=open");
        Assert.Contains(list.QuerySelectorAll("[data-testid=difficulty] a"), a => a.GetAttribute("href") == url);

        Assert.NotNull((await office.GetDocumentAsync(url)).QuerySelector("form[data-testid=resolve-form][data-confirm]"));
        var resolved = await office.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=resolve-form]");
        Assert.Equal(url, resolved.RedirectTarget());
        var closed = await unitHead.GetDocumentAsync(url);
        Assert.Equal("Đã giải quyết", closed.QuerySelector("[data-testid=difficulty-state]")!.TextContent.Trim());
        Assert.Null(closed.QuerySelector("[data-testid=message-form]"));
        var late = await unitHead.PostAsync(url + "?handler=Message", new Dictionary<string, string?> { ["Message.Text"] = "Thêm nữa" }, url);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Khó khăn này đã được giải quyết; Văn phòng có thể mở lại nếu cần.", (await late.DocumentAsync()).QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);
        await using (var scope = factory.Database())
        {
            Assert.Equal(2, await scope.Db.DifficultyMessages.CountAsync(m => m.DifficultyId == id));
        }
    }

    [Fact]
    public async Task Create_RefusesEmptyOversizedAndAnotherUnitsTask_InVietnamese_WritingNothing()
    {
        int otherUnitsAssignment;
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            otherUnitsAssignment = (await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "TGPL"), new DateOnly(2030, 6, 30))).Id;
        }

        var before = await CountAsync();
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);

        var empty = await unitHead.SubmitAsync("/Difficulties/Create", new Dictionary<string, string?> { ["Input.Title"] = "  ", ["Input.Text"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await empty.DocumentAsync();
        Assert.Equal("Vui lòng nhập tiêu đề.", page.FieldError("Input.Title"));
        Assert.Equal("Vui lòng nhập nội dung.", page.FieldError("Input.Text"));

        var oversized = await unitHead.SubmitAsync("/Difficulties/Create", new Dictionary<string, string?> { ["Input.Title"] = new string('a', 301), ["Input.Text"] = new string('b', 4001) });
        var oversizedPage = await oversized.DocumentAsync();
        Assert.Equal("Tiêu đề không được dài quá 300 ký tự.", oversizedPage.FieldError("Input.Title"));
        Assert.Equal("Nội dung không được dài quá 4000 ký tự.", oversizedPage.FieldError("Input.Text"));

        var foreign = await unitHead.PostAsync("/Difficulties/Create", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Vướng mắc",
            ["Input.Text"] = "Nội dung",
            ["Input.AssignmentId"] = otherUnitsAssignment.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/Difficulties/Create");
        Assert.Equal("Nhiệm vụ không thuộc đơn vị của bạn.", (await foreign.DocumentAsync()).FieldError("Input.AssignmentId"));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Leader_ReadsTheThread_ButCannotWriteOrRaise()
    {
        string id;
        await using (var scope = factory.Database())
        {
            id = await TaskTestData.DifficultyOfUnitAsync(scope.Db, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"));
        }

        var leader = await SignedInAsync(DemoAccounts.Leader);
        var page = await leader.GetDocumentAsync($"/Difficulties/Details/{id}");
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=message]"));
        Assert.Null(page.QuerySelector("[data-testid=message-form]"));
        Assert.Null(page.QuerySelector("[data-testid=resolve-form]"));
        Assert.Null((await leader.GetDocumentAsync("/Difficulties")).QuerySelector("[data-testid=raise-difficulty]"));

        var before = await CountAsync();
        var refused = await leader.PostAsync($"/Difficulties/Details/{id}?handler=Message", new Dictionary<string, string?> { ["Message.Text"] = "Ý kiến" }, $"/Difficulties/Details/{id}");
        Assert.Contains("/Account/AccessDenied", refused.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Database();
        return await scope.Db.Difficulties.CountAsync() + await scope.Db.DifficultyMessages.CountAsync();
    }

    private async Task<bool> HasNotificationAsync(DemoAccounts.Account account, NotificationKind kind, string url)
    {
        await using var scope = factory.Database();
        return await scope.Db.Notifications.AnyAsync(n => n.Kind == kind && n.Url == url && scope.Db.Users.Any(u => u.Id == n.UserId && u.Email == account.Email));
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

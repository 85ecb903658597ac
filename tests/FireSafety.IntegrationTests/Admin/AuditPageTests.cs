using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Admin;

public sealed class AuditPageTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Get_FilteredByAction_ShowsOnlyThatAction_InVietnamese()
    {
        await new PageClient(factory.CreateAppClient()).SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Leader.Email,
            ["Input.Password"] = "sai-mat-khau-1",
        });
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Audit?action=LoginFailed");

        var actions = page.QuerySelectorAll("[data-testid=audit] [data-testid=action]").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("Đăng nhập thất bại", a));
        var table = page.QuerySelector("[data-testid=audit]")!.TextContent;
        Assert.Contains(DemoAccounts.Leader.Email, table, StringComparison.Ordinal);
        Assert.Contains("Chi tiết: Sai mật khẩu", Squash(table), StringComparison.Ordinal);
        Assert.Equal("LoginFailed", page.QuerySelector("select#action option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_FilteredByEntity_ShowsOnlyThatRecord_WithOldAndNewValues()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        int facilityId;
        await using (var scope = factory.Database())
        {
            facilityId = await scope.Db.Facilities.Where(f => f.Name == "Trụ sở Trung tâm Dịch vụ đấu giá tài sản").Select(f => f.Id).SingleAsync();
        }

        var saved = await admin.SubmitAsync($"/Facilities/Edit/{facilityId}", new Dictionary<string, string?> { ["Input.Name"] = "Trụ sở Trung tâm Đấu giá (đã sửa)" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await admin.GetDocumentAsync($"/Admin/Audit?entity=Facility&key={facilityId}");

        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Cơ sở", r.QuerySelector("[data-testid=entity]")?.TextContent.Trim()));
        var newest = Squash(rows[0].TextContent);
        Assert.Contains("Sửa", newest, StringComparison.Ordinal);
        Assert.Contains("Tên: Trụ sở Trung tâm Dịch vụ đấu giá tài sản → Trụ sở Trung tâm Đấu giá (đã sửa)", newest, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Admin.Email, newest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilteredByDates_UsesVietnamDays()
    {
        // 14/03/2020 23:30 and 15/03/2020 00:30 in Vietnam (UTC+7).
        await AddEntriesAsync(
            Entry("DateProbe", "late", new DateTime(2020, 3, 14, 16, 30, 0, DateTimeKind.Utc)),
            Entry("DateProbe", "early", new DateTime(2020, 3, 14, 17, 30, 0, DateTimeKind.Utc)));
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Audit?entity=DateProbe&from=15/03/2020&to=15/03/2020");

        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Contains("15/03/2020 00:30:00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("early", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilterMatchingManyRows_ListsNewestFirst_OnEveryPage()
    {
        // More matches than a page reads through the filter's own index: the time index is walked.
        // The rows are the admin's, in 2020, so "to" keeps out what the admin does in other tests.
        const int count = 6_000;
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin.Email);
        await using (var scope = factory.Database())
        {
            await scope.Db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {count})
                INSERT INTO AuditEntries (TimestampUtc, UserId, UserName, Action, EntityType, EntityKey)
                SELECT strftime('%Y-%m-%d %H:%M:%S', 1577836800 + x * 60, 'unixepoch'), {adminId}, 'walker', 1,
                       CASE WHEN x % 2 = 0 THEN 'WalkProbe' ELSE 'OtherProbe' END, CAST(x AS TEXT)
                FROM n
                """);
        }

        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        foreach (var (url, step) in new[]
        {
            ($"/Admin/Audit?userId={adminId}&to=31/12/2020", 1),
            ("/Admin/Audit?user=nguyen+van+quan&to=31/12/2020", 1),
            ("/Admin/Audit?entity=WalkProbe", 2),
        })
        {
            var first = await admin.GetDocumentAsync(url);
            var third = await admin.GetDocumentAsync(url + "&p=3");

            Assert.Contains($"{count / step} bản ghi", first.QuerySelector("[data-testid=pager-summary]")?.TextContent, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(0, 20).Select(i => count - (i * step)), Keys(first));
            Assert.Equal(Enumerable.Range(40, 20).Select(i => count - (i * step)), Keys(third));
        }
    }

    [Fact]
    public async Task Get_WithInvalidDate_ShowsVietnameseErrorNextToTheField()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Audit?from=31/02/2026");

        Assert.Equal("Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026.", page.FieldError("from"));
    }

    [Fact]
    public async Task Get_ByUserNameWithoutDiacritics_ShowsThatUsersActions()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Audit?user=nguyen+van+quan&action=Login");

        var rows = page.QuerySelectorAll("[data-testid=audit] tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(DemoAccounts.Admin.Email, r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ChangesWithMarkup_AreEncoded()
    {
        await AddEntriesAsync(Entry("MarkupProbe", "x", DateTime.UtcNow, """{"Name":{"Old":"<b>cũ</b>","New":"<script>alert(1)</script>"}}"""));
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var html = await admin.Http.GetStringAsync("/Admin/Audit?entity=MarkupProbe");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AuthenticatorKeyRows_DoNotShowTheSecret()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var html = await admin.Http.GetStringAsync("/Admin/Audit?entity=IdentityUserToken%601");

        Assert.Contains("AuthenticatorKey", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDatabase.AdminAuthenticatorKey, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_IsReadOnly_NoFormPostsToTheTrail()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Audit");

        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=audit] tbody tr"));
        Assert.All(page.Forms, f => Assert.True(
            !string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) || f.GetAttribute("data-testid") == "culture-switch"
            || f.GetAttribute("action")!.EndsWith("/Account/Logout", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(Roles.Office)]
    [InlineData(Roles.UnitHead)]
    [InlineData(Roles.Leader)]
    public async Task Get_AsNonAdmin_IsDenied(string role)
    {
        var client = await factory.SignedInAsync(DemoAccounts.All.First(a => a.Role == role));

        var response = await client.Http.GetAsync("/Admin/Audit");

        Assert.Contains("/Account/AccessDenied", response.RedirectTarget(), StringComparison.Ordinal);
    }

    private static AuditEntry Entry(string entityType, string key, DateTime timestampUtc, string? changes = null) => new()
    {
        TimestampUtc = timestampUtc,
        Action = AuditAction.Update,
        EntityType = entityType,
        EntityKey = key,
        UserName = "probe",
        Changes = changes,
    };

    private async Task AddEntriesAsync(params AuditEntry[] entries)
    {
        await using var scope = factory.Database();
        scope.Db.AuditEntries.AddRange(entries);
        await scope.Db.SaveChangesAsync();
    }

    private static List<int> Keys(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=audit] tbody tr [data-testid=entity] + div a").Select(a => int.Parse(a.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture))];

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using System.Net;
using FireSafety.Core.Common;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.RiskPoints;

public sealed class RiskPointPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Create_Validates_ThenStores_AndTheMatrixCountsIt()
    {
        int ownArea;
        int otherArea;
        await using (var scope = factory.Database())
        {
            var own = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            var other = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            ownArea = await scope.Db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == own).Select(a => a.Id).FirstAsync();
            otherArea = await scope.Db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == other).Select(a => a.Id).FirstAsync();
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var bad = await (await head.SubmitAsync("/RiskPoints/Create", new Dictionary<string, string?>
        {
            ["Input.AreaId"] = Id(otherArea),
            ["Input.Likelihood"] = "6",
        })).DocumentAsync();
        Assert.Equal("Khu vực không hợp lệ.", bad.FieldError("Input.AreaId"));
        Assert.Equal("Vui lòng nhập nguy cơ.", bad.FieldError("Input.Hazard"));
        Assert.Equal("Vui lòng chọn mức từ 1 đến 5.", bad.FieldError("Input.Likelihood"));
        Assert.Equal("Vui lòng chọn mức từ 1 đến 5.", bad.FieldError("Input.Severity"));
        Assert.Equal("Vui lòng nhập người phụ trách.", bad.FieldError("Input.OwnerName"));
        Assert.Equal("Vui lòng nhập ngày rà soát tiếp theo.", bad.FieldError("Input.NextReviewOn"));

        var created = await head.SubmitAsync("/RiskPoints/Create", new Dictionary<string, string?>
        {
            ["Input.AreaId"] = Id(ownArea),
            ["Input.Hazard"] = "Kho giấy sát tủ điện",
            ["Input.Likelihood"] = "4",
            ["Input.Severity"] = "5",
            ["Input.Measures"] = "Di dời giấy, lắp bình CO2",
            ["Input.OwnerName"] = "Trần Văn Bình",
            ["Input.NextReviewOn"] = "2030-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await head.GetDocumentAsync("/RiskPoints?q=kho giay");
        Assert.Equal("1", list.QuerySelector("[data-testid=cell][data-l='4'][data-s='5']")!.TextContent.Trim());
        Assert.Contains("Kho giấy sát tủ điện", list.QuerySelector("[data-testid=risk-points]")!.TextContent, StringComparison.Ordinal);
        await using var assert = factory.Database();
        Assert.False(await assert.Db.RiskPoints.AnyAsync(r => r.AreaId == otherArea && r.Hazard == string.Empty));
        Assert.Equal(20, (await assert.Db.RiskPoints.SingleAsync(r => r.Hazard == "Kho giấy sát tủ điện")).Score);
    }

    [Fact]
    public async Task TheMatrixAndTheOverdueCount_ShowANewPoint_OnTheNextRequest()
    {
        // Both are kept in the DataVersionCache with the page: a save must show at once.
        const string Url = "/RiskPoints?q=bo nho dem";
        static string Cell(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelector("[data-testid=cell][data-l='2'][data-s='3']")!.TextContent.Trim();
        static int Overdue(AngleSharp.Html.Dom.IHtmlDocument page) =>
            int.Parse(page.QuerySelector("[data-testid=overdue-reviews]")?.TextContent.Trim().Split(' ')[0] ?? "0", CultureInfo.InvariantCulture);

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var before = await head.GetDocumentAsync(Url);
        Assert.Equal(string.Empty, Cell(before));

        await using (var scope = factory.Database())
        {
            var today = VietnamTime.Today(scope.Services.GetRequiredService<TimeProvider>());
            var own = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            await RiskPointTestData.PointAsync(scope.Db, own, "Bộ nhớ đệm", likelihood: 2, severity: 3, nextReviewOn: today.AddDays(-1));
        }

        var after = await head.GetDocumentAsync(Url);
        Assert.Equal("1", Cell(after));
        Assert.Equal(Overdue(before) + 1, Overdue(after));
    }

    [Fact]
    public async Task OverdueReviews_AreSurfaced_AndFiltered_OnlyForTheOwnUnit()
    {
        DateOnly today;
        await using (var scope = factory.Database())
        {
            today = VietnamTime.Today(scope.Services.GetRequiredService<TimeProvider>());
            var own = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            var other = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            await RiskPointTestData.PointAsync(scope.Db, own, "Quá hạn rà soát A", nextReviewOn: today.AddDays(-1));
            await RiskPointTestData.PointAsync(scope.Db, own, "Chưa đến hạn B", nextReviewOn: today);
            await RiskPointTestData.PointAsync(scope.Db, other, "Đơn vị khác C", nextReviewOn: today.AddDays(-30));
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var overdue = await head.GetDocumentAsync("/RiskPoints?overdue=true");
        var hazards = overdue.QuerySelectorAll("[data-testid=risk-point] a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Quá hạn rà soát A", hazards);
        Assert.DoesNotContain("Chưa đến hạn B", hazards);
        Assert.DoesNotContain("Đơn vị khác C", hazards);
        Assert.NotNull(overdue.QuerySelector("[data-testid=overdue-reviews]"));
    }

    [Fact]
    public async Task Edit_ChangesThePoint_AndALeaderCannotEdit()
    {
        RiskPoint point;
        await using (var scope = factory.Database())
        {
            point = await RiskPointTestData.PointAsync(scope.Db, await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode));
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var saved = await head.SubmitAsync($"/RiskPoints/Edit/{Id(point.Id)}", new Dictionary<string, string?> { ["Input.Likelihood"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var leader = await SignInAsync(DemoAccounts.Leader);
        var refused = await leader.Http.GetAsync($"/RiskPoints/Edit/{Id(point.Id)}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        await using var assert = factory.Database();
        Assert.Equal(1, (await assert.Db.RiskPoints.SingleAsync(r => r.Id == point.Id)).Likelihood);
    }

    [Fact]
    public async Task Export_HonoursTheSearchAndTheMatrixCell_AndTheUnitScope()
    {
        await using (var scope = factory.Database())
        {
            var ownUnit = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            var other = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            await RiskPointTestData.PointAsync(scope.Db, ownUnit, "Kho xăng xuất Excel A", likelihood: 5, severity: 5);
            await RiskPointTestData.PointAsync(scope.Db, ownUnit, "Kho xăng xuất Excel B", likelihood: 2, severity: 2);
            await RiskPointTestData.PointAsync(scope.Db, other, "Kho xăng xuất Excel C", likelihood: 5, severity: 5);
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var list = await office.GetDocumentAsync("/RiskPoints?q=xang+xuat+excel&l=5&s=5");
        var href = list.QuerySelector("[data-testid=export]")!.GetAttribute("href")!;
        var cell = await office.SheetAsync(href);
        Assert.Equal(["Đơn vị", "Cơ sở", "Khu vực", "Nguy cơ", "Khả năng xảy ra (1–5)", "Mức độ hậu quả (1–5)", "Mức rủi ro", "Biện pháp đã áp dụng", "Người phụ trách", "Ngày rà soát tiếp theo", "Quá hạn rà soát"], cell[0].Keys);
        Assert.Equal(["Kho xăng xuất Excel A", "Kho xăng xuất Excel C"], cell.Select(r => (string)r["Nguy cơ"]!).Order(StringComparer.Ordinal));
        Assert.All(cell, r => Assert.Equal("Rất cao", r["Mức rủi ro"]));

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var own = await head.SheetAsync("/RiskPoints?handler=Export&q=xang+xuat+excel");
        Assert.Equal(["Kho xăng xuất Excel A", "Kho xăng xuất Excel B"], own.Select(r => (string)r["Nguy cơ"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reminders_TellEachUnitOnceADay_AboutOverdueReviews()
    {
        int unitId;
        await using (var scope = factory.Database())
        {
            unitId = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            await RiskPointTestData.PointAsync(scope.Db, unitId, nextReviewOn: new DateOnly(2024, 1, 1));
        }

        int first;
        int second;
        await using (var scope = factory.Database())
        {
            first = await ActivatorUtilities.CreateInstance<RiskReviewReminders>(scope.Services).RunAsync(CancellationToken.None);
        }

        await using (var scope = factory.Database())
        {
            second = await ActivatorUtilities.CreateInstance<RiskReviewReminders>(scope.Services).RunAsync(CancellationToken.None);
        }

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using var assert = factory.Database();
        Assert.Equal(1, await assert.Db.Notifications.CountAsync(n => n.DedupKey.StartsWith($"risk-review-overdue:{Id(unitId)}:")));
    }
}

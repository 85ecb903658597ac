using FireSafety.Core.Incidents;
using FireSafety.Core.Training;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Actions;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.IntegrationTests.Plans;
using FireSafety.IntegrationTests.Training;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using static FireSafety.IntegrationTests.Lists.ListTestData;

namespace FireSafety.IntegrationTests.Lists;

/// <summary>
/// The registers' Excel exports: the office with a filter gets exactly the filtered rows (the
/// export link of the filtered list carries every filter, <c>under</c> included), and a unit head
/// gets only their own unit's rows, whatever they ask for. Headers are Vietnamese.
/// </summary>
public sealed class ListExportTests(ListsFactory factory) : IClassFixture<ListsFactory>
{
    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private async Task<(int Child, int Other)> UnitsAsync()
    {
        var child = await factory.ChildUnitAsync();
        await using var scope = factory.Database();
        return (child, await UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode));
    }

    /// <summary>Follows the export link of the filtered list <paramref name="listUrl"/>.</summary>
    private static async Task<List<IDictionary<string, object?>>> ExportOfAsync(PageClient client, string listUrl)
    {
        var page = await client.GetDocumentAsync(listUrl);
        var href = page.QuerySelector("[data-testid=export]")!.GetAttribute("href")!;
        Assert.Contains("handler=Export", href, StringComparison.Ordinal);
        return await client.SheetAsync(href);
    }

    [Fact]
    public async Task Actions_ExportTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            await ActionTestData.ActionAsync(scope.Db, child, new DateOnly(2026, 6, 1), "Xuất BP quá hạn");
            await ActionTestData.ActionAsync(scope.Db, child, new DateOnly(2026, 7, 1), "Xuất BP trong hạn");
            await ActionTestData.ActionAsync(scope.Db, other, new DateOnly(2026, 6, 1), "Xuất BP đơn vị khác");
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var sheet = await ExportOfAsync(office, $"/Actions?under={Id(child)}&status=Overdue&q=xuat+bp");
        Assert.Equal(["Đơn vị", "Biện pháp", "Nguồn", "Mức độ", "Người phụ trách", "Hạn", "Trạng thái", "Quá hạn", "Ngày tạo"], sheet[0].Keys);
        Assert.Equal(["Xuất BP quá hạn"], Column(sheet, "Biện pháp"));
        Assert.Equal("Có", sheet[0]["Quá hạn"]);
        Assert.Equal("Tổ kiểm thử danh sách", sheet[0]["Đơn vị"]);

        var head = await SignInAsync(DemoAccounts.UnitHead);
        Assert.Equal(["Xuất BP quá hạn", "Xuất BP trong hạn"], Column(await head.SheetAsync("/Actions?handler=Export&q=xuat+bp"), "Biện pháp"));
        Assert.Empty(Column(await head.SheetAsync($"/Actions?handler=Export&unitId={Id(other)}"), "Biện pháp"));
    }

    [Fact]
    public async Task Incidents_ExportTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            await IncidentTestData.IncidentAsync(scope.Db, child, VietnamDayUtc(new DateOnly(2026, 5, 2), 14), IncidentType.Fire, injured: 2, lost: 15_000_000, summary: "Xuất SV cháy kho");
            await IncidentTestData.IncidentAsync(scope.Db, child, VietnamDayUtc(new DateOnly(2026, 5, 3), 14), IncidentType.Accident, summary: "Xuất SV cứu nạn");
            await IncidentTestData.IncidentAsync(scope.Db, child, VietnamDayUtc(new DateOnly(2025, 5, 3), 14), IncidentType.Fire, summary: "Xuất SV năm trước");
            await IncidentTestData.IncidentAsync(scope.Db, other, VietnamDayUtc(new DateOnly(2026, 5, 2), 14), IncidentType.Fire, summary: "Xuất SV đơn vị khác");
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var list = await office.GetDocumentAsync($"/Incidents?under={Id(child)}&year=2026&type=Fire");
        Assert.Equal("1", list.QuerySelector("[data-testid=pager-summary]")!.GetAttribute("data-total"));
        var sheet = await ExportOfAsync(office, $"/Incidents?under={Id(child)}&year=2026&type=Fire");
        Assert.Equal(["Thời gian xảy ra", "Loại", "Đơn vị", "Địa điểm", "Tóm tắt", "Số người chết", "Số người bị thương", "Thiệt hại tài sản (đồng)", "Đã ghi nhận"], sheet[0].Keys);
        Assert.Equal(["Xuất SV cháy kho"], Column(sheet, "Tóm tắt"));
        Assert.Equal(15_000_000L, Convert.ToInt64(sheet[0]["Thiệt hại tài sản (đồng)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, Column(await office.SheetAsync($"/Incidents?handler=Export&under={Id(child)}"), "Tóm tắt").Count);

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var own = Column(await head.SheetAsync("/Incidents?handler=Export"), "Tóm tắt");
        Assert.Contains("Xuất SV cứu nạn", own);
        Assert.DoesNotContain("Xuất SV đơn vị khác", own);
        var refused = Column(await head.SheetAsync($"/Incidents?handler=Export&under={Id(other)}"), "Tóm tắt");
        Assert.True(refused.Count == 0, string.Join(" | ", refused));
    }

    [Fact]
    public async Task InspectionsList_ExportsTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            await Inspections.InspectionTestData.InspectionOfUnitAsync(scope.Db, other);
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var all = await office.SheetAsync("/Inspections?handler=Export");
        Assert.Equal(["Đơn vị", "Cơ sở", "Ngày kiểm tra", "Trạng thái", "Số tiêu chí đạt", "Số tiêu chí áp dụng", "Điểm", "Số tồn tại"], all[0].Keys);
        var otherName = await UnitNameAsync(other);
        Assert.Contains(otherName, Column(all, "Đơn vị"));
        var filtered = await ExportOfAsync(office, $"/Inspections?under={Id(other)}");
        Assert.All(Column(filtered, "Đơn vị"), n => Assert.Equal(otherName, n));
        Assert.NotEmpty(Column(filtered, "Đơn vị"));
        Assert.Empty(Column(await office.SheetAsync($"/Inspections?handler=Export&under={Id(child)}&year=2020"), "Đơn vị"));

        var head = await SignInAsync(DemoAccounts.UnitHead);
        Assert.DoesNotContain(otherName, Column(await head.SheetAsync("/Inspections?handler=Export"), "Đơn vị"));
    }

    [Fact]
    public async Task PlansAndDrills_ExportTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            var approved = await PlanTestData.PlanAsync(scope.Db, child, "Xuất PA đã duyệt", approvedOn: new DateOnly(2026, 2, 1));
            await PlanTestData.PlanAsync(scope.Db, child, "Xuất PA dự thảo");
            var otherPlan = await PlanTestData.PlanAsync(scope.Db, other, "Xuất PA đơn vị khác", approvedOn: new DateOnly(2026, 2, 1));
            await PlanTestData.DrillAsync(scope.Db, approved, new DateOnly(2026, 4, 10), participants: 25, police: true);
            await PlanTestData.DrillAsync(scope.Db, approved, new DateOnly(2026, 5, 10), participants: 12);
            await PlanTestData.DrillAsync(scope.Db, otherPlan, new DateOnly(2026, 4, 10), participants: 40, police: true);
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var plans = await ExportOfAsync(office, $"/Plans?under={Id(child)}&status=Approved&q=xuat+pa");
        Assert.Equal(["Đơn vị", "Cơ sở", "Tên phương án", "Lần sửa đổi", "Trạng thái", "Ngày phê duyệt", "Đã thực tập năm 2026"], plans[0].Keys);
        Assert.Equal(["Xuất PA đã duyệt"], Column(plans, "Tên phương án"));
        Assert.Equal("Có", plans[0]["Đã thực tập năm 2026"]);

        var drillsPage = await office.GetDocumentAsync($"/Plans/Drills?under={Id(child)}&year=2026&police=true");
        Assert.Equal("25", drillsPage.QuerySelector("[data-testid=participants]")!.TextContent.Trim());
        var drills = await ExportOfAsync(office, $"/Plans/Drills?under={Id(child)}&year=2026&police=true");
        Assert.Equal(["Đơn vị", "Cơ sở", "Phương án", "Ngày thực tập", "Tình huống", "Số người tham gia", "Có lực lượng Công an tham gia"], drills[0].Keys);
        Assert.Equal(["10/04/2026"], Column(drills, "Ngày thực tập"));

        var head = await SignInAsync(DemoAccounts.UnitHead);
        Assert.Equal(["Xuất PA dự thảo", "Xuất PA đã duyệt"], Column(await head.SheetAsync("/Plans?handler=Export&q=xuat+pa"), "Tên phương án"));
        var ownDrills = Column(await head.SheetAsync("/Plans/Drills?handler=Export&year=2026"), "Phương án");
        Assert.Contains("Xuất PA đã duyệt", ownDrills);
        Assert.DoesNotContain("Xuất PA đơn vị khác", ownDrills);
    }

    [Fact]
    public async Task DisseminationAndTraining_ExportTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            await TrainingTestData.ActivityAsync(scope.Db, child, new DateOnly(2026, 3, 2), DisseminationForm.Meeting, "Xuất TT hội nghị", 30);
            await TrainingTestData.ActivityAsync(scope.Db, child, new DateOnly(2026, 3, 5), DisseminationForm.Document, "Xuất TT tờ rơi", 200);
            await TrainingTestData.ActivityAsync(scope.Db, other, new DateOnly(2026, 3, 2), DisseminationForm.Meeting, "Xuất TT đơn vị khác", 50);
            await TrainingTestData.RecordAsync(scope.Db, child, "Xuất HL sắp hết hạn", new DateOnly(2025, 6, 1), "CN-X1", ListsFactory.Today.AddDays(10));
            await TrainingTestData.RecordAsync(scope.Db, child, "Xuất HL còn hạn", new DateOnly(2025, 6, 1), "CN-X2", new DateOnly(2028, 1, 1));
            await TrainingTestData.RecordAsync(scope.Db, other, "Xuất HL đơn vị khác", new DateOnly(2025, 6, 1), "CN-X3", ListsFactory.Today.AddDays(10));
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var meetings = await office.GetDocumentAsync($"/Dissemination?under={Id(child)}&form=Meeting&year=2026");
        Assert.Equal("30", meetings.QuerySelector("[data-testid=attendees-total]")!.TextContent.Trim());
        var dissemination = await ExportOfAsync(office, $"/Dissemination?under={Id(child)}&form=Meeting&year=2026");
        Assert.Equal(["Đơn vị", "Ngày", "Hình thức", "Chủ đề", "Số người tham dự", "Ghi chú", "Có tệp minh chứng"], dissemination[0].Keys);
        Assert.Equal(["Xuất TT hội nghị"], Column(dissemination, "Chủ đề"));

        var training = await ExportOfAsync(office, $"/Training?under={Id(child)}&status=Expiring");
        Assert.Equal(["Đơn vị", "Họ và tên", "Chức vụ", "Khóa huấn luyện", "Đơn vị tổ chức", "Ngày hoàn thành", "Số giấy chứng nhận", "Ngày hết hạn", "Tình trạng"], training[0].Keys);
        Assert.Equal(["Xuất HL sắp hết hạn"], Column(training, "Họ và tên"));

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var topics = Column(await head.SheetAsync("/Dissemination?handler=Export&topic=Xuất TT"), "Chủ đề");
        Assert.Equal(["Xuất TT hội nghị", "Xuất TT tờ rơi"], topics);
        var people = Column(await head.SheetAsync($"/Training?handler=Export&unitId={Id(other)}"), "Họ và tên");
        Assert.Empty(people);
        Assert.DoesNotContain("Xuất HL đơn vị khác", Column(await head.SheetAsync("/Training?handler=Export"), "Họ và tên"));
    }

    [Fact]
    public async Task Facilities_ExportTheFilteredRows_AndAUnitHeadOnlyTheirOwn()
    {
        var (child, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            scope.Db.Facilities.Add(new Facility { UnitId = child, Name = "Xuất CS ngừng dùng", Address = "Số 10", IsActive = false });
            scope.Db.Facilities.Add(new Facility { UnitId = other, Name = "Xuất CS đơn vị khác", Address = "Số 11" });
            await scope.Db.SaveChangesAsync();
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var all = await ExportOfAsync(office, $"/Facilities?under={Id(child)}");
        Assert.Equal(["Đơn vị", "Tên cơ sở", "Địa chỉ", "Số khu vực", "Số khu vực nguy cơ cao", "Đang sử dụng"], all[0].Keys);
        Assert.Equal(["Kho tổ kiểm thử", "Xuất CS ngừng dùng"], Column(all, "Tên cơ sở"));
        var inactive = await ExportOfAsync(office, $"/Facilities?under={Id(child)}&active=false");
        Assert.Equal(["Xuất CS ngừng dùng"], Column(inactive, "Tên cơ sở"));
        Assert.Equal("Không", inactive[0]["Đang sử dụng"]);

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var own = Column(await head.SheetAsync("/Facilities?handler=Export"), "Tên cơ sở");
        Assert.Contains("Xuất CS ngừng dùng", own);
        Assert.DoesNotContain("Xuất CS đơn vị khác", own);
    }

    private async Task<string> UnitNameAsync(int unitId)
    {
        await using var scope = factory.Database();
        return await scope.Db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync();
    }
}

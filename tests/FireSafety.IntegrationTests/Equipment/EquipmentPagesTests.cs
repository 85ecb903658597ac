using System.Globalization;
using System.Net;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Equipment;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using FireSafety.Web.Pages.Equipment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FireSafety.IntegrationTests.Equipment;

public sealed class EquipmentPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task QrLabel_HoldsTheCheckUrl_WhichOpensThatItemsCheck_AndIsNotFoundForAnotherUnitsHead()
    {
        EquipmentItem item;
        await using (var scope = factory.Database())
        {
            item = await EquipmentTestData.ItemAsync(scope.Db, await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode), "QR-RT-01");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var sheet = await head.GetDocumentAsync("/Equipment/Labels");
        var label = sheet.QuerySelector($"[data-testid=label][data-id='{Id(item.Id)}']");
        Assert.NotNull(label);
        var url = label.GetAttribute("data-url")!;
        // The QR image is the encoding of exactly that URL.
        Assert.Equal(LabelsModel.QrDataUri(url), label.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal($"https://localhost/Equipment/Check/{Id(item.Id)}", url);

        var check = await head.GetDocumentAsync(new Uri(url).PathAndQuery);
        Assert.Equal("QR-RT-01", check.QuerySelector("[data-testid=item-code]")!.TextContent.Trim());

        var other = await SignInAsync(DemoAccounts.OtherUnitHead);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        var otherSheet = await other.GetDocumentAsync("/Equipment/Labels");
        Assert.Null(otherSheet.QuerySelector($"[data-testid=label][data-id='{Id(item.Id)}']"));
    }

    [Fact]
    public async Task PassedCheck_MovesTheDueDate_AndOpensNothing()
    {
        EquipmentItem item;
        await using (var scope = factory.Database())
        {
            item = await EquipmentTestData.ItemAsync(scope.Db, await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode));
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var response = await head.SubmitAsync($"/Equipment/Check/{Id(item.Id)}", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var assert = factory.Database();
        var stored = await assert.Db.EquipmentItems.SingleAsync(i => i.Id == item.Id);
        var today = VietnamTime.Today(assert.Services.GetRequiredService<TimeProvider>());
        Assert.Equal(today, stored.LastCheckedOn);
        Assert.Equal(today.AddMonths(1), stored.NextCheckDue);
        Assert.Equal(EquipmentStatus.InService, stored.Status);
        var check = await assert.Db.EquipmentChecks.SingleAsync(c => c.ItemId == item.Id);
        Assert.True(check.Passed);
        Assert.Null(check.ActionId);
        Assert.Equal(DemoAccounts.UnitHead.Email, check.CheckedBy);
    }

    [Fact]
    public async Task FailedCheck_OpensACorrectiveAction_ForTheItemsUnit_AndMarksItForRepair()
    {
        EquipmentItem item;
        int unitId;
        await using (var scope = factory.Database())
        {
            unitId = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            item = await EquipmentTestData.ItemAsync(scope.Db, unitId, "FAIL-01");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var response = await head.SubmitAsync($"/Equipment/Check/{Id(item.Id)}", new Dictionary<string, string?>
        {
            ["Input.GaugeGreen"] = "false",
            ["Input.Note"] = "Kim đồng hồ ở vùng đỏ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var assert = factory.Database();
        var check = await assert.Db.EquipmentChecks.SingleAsync(c => c.ItemId == item.Id);
        Assert.False(check.Passed);
        var action = await assert.Db.CorrectiveActions.SingleAsync(a => a.Id == check.ActionId);
        Assert.Equal(ActionSource.EquipmentCheck, action.Source);
        Assert.Equal(check.Id, action.SourceId);
        Assert.Equal(unitId, action.UnitId);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Contains("FAIL-01", action.Title, StringComparison.Ordinal);
        Assert.Contains("Đồng hồ áp suất ở vùng xanh", action.Title, StringComparison.Ordinal);
        Assert.Equal(EquipmentStatus.NeedsRepair, (await assert.Db.EquipmentItems.SingleAsync(i => i.Id == item.Id)).Status);
        Assert.True(await assert.Db.Notifications.AnyAsync(n => n.DedupKey == $"action-opened:{Id(action.Id)}"));

        var details = await head.GetDocumentAsync($"/Equipment/Details/{Id(item.Id)}");
        Assert.Equal($"/Actions/Details/{Id(action.Id)}", details.QuerySelector("[data-testid=check-action]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FailedCheck_WithoutANote_IsRefusedNextToTheField_AndNothingIsWritten()
    {
        EquipmentItem item;
        await using (var scope = factory.Database())
        {
            item = await EquipmentTestData.ItemAsync(scope.Db, await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode));
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var response = await head.SubmitAsync($"/Equipment/Check/{Id(item.Id)}", new Dictionary<string, string?> { ["Input.InPlace"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vui lòng ghi rõ tình trạng khi phương tiện không đạt.", (await response.DocumentAsync()).FieldError("Input.Note"));
        await using var assert = factory.Database();
        Assert.False(await assert.Db.EquipmentChecks.AnyAsync(c => c.ItemId == item.Id));
    }

    [Fact]
    public async Task Leader_ReadsTheRegister_ButCannotCheck()
    {
        EquipmentItem item;
        await using (var scope = factory.Database())
        {
            item = await EquipmentTestData.ItemAsync(scope.Db, await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode));
        }

        var leader = await SignInAsync(DemoAccounts.Leader);
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync($"/Equipment/Details/{Id(item.Id)}")).StatusCode);
        var check = await leader.Http.GetAsync($"/Equipment/Check/{Id(item.Id)}");
        Assert.Contains("/Account/AccessDenied", check.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ValidatesInVietnamese_AndRefusesAnotherUnitsArea()
    {
        int otherArea;
        int ownArea;
        await using (var scope = factory.Database())
        {
            var otherUnit = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            var ownUnit = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            otherArea = await scope.Db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == otherUnit).Select(a => a.Id).FirstAsync();
            ownArea = await scope.Db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == ownUnit).Select(a => a.Id).FirstAsync();
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var empty = await (await head.SubmitAsync("/Equipment/Create", new Dictionary<string, string?>())).DocumentAsync();
        Assert.Equal("Vui lòng nhập mã phương tiện.", empty.FieldError("Input.Code"));
        Assert.Equal("Vui lòng chọn loại phương tiện.", empty.FieldError("Input.TypeId"));
        Assert.Equal("Vui lòng chọn khu vực.", empty.FieldError("Input.AreaId"));

        var foreign = await (await head.SubmitAsync("/Equipment/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "LA-01",
            ["Input.TypeId"] = "1",
            ["Input.AreaId"] = Id(otherArea),
        })).DocumentAsync();
        Assert.Equal("Khu vực không hợp lệ.", foreign.FieldError("Input.AreaId"));

        var created = await head.SubmitAsync("/Equipment/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "MOI-01",
            ["Input.TypeId"] = "3",
            ["Input.AreaId"] = Id(ownArea),
            ["Input.CommissionedOn"] = "2026-01-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var duplicate = await (await head.SubmitAsync("/Equipment/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "MOI-01",
            ["Input.TypeId"] = "3",
            ["Input.AreaId"] = Id(ownArea),
        })).DocumentAsync();
        Assert.Equal("Mã phương tiện đã có trong sổ của đơn vị.", duplicate.FieldError("Input.Code"));

        await using var assert = factory.Database();
        Assert.False(await assert.Db.EquipmentItems.AnyAsync(i => i.Code == "LA-01"));
        var item = await assert.Db.EquipmentItems.SingleAsync(i => i.Code == "MOI-01");
        Assert.Equal(new DateOnly(2026, 2, 28), item.NextCheckDue);
        Assert.Equal(new DateOnly(2026, 7, 31), item.NextMaintenanceDue);
    }

    [Fact]
    public async Task Import_AValidFile_ImportsEveryRow()
    {
        var (facilityId, area) = await OwnFacilityAsync();
        var head = await SignInAsync(DemoAccounts.UnitHead);
        var file = Workbook(
            Row("IMP-01", "MFZ4", area, "SN-1", "15/01/2025", "01/02/2025", "10/06/2026", null),
            Row("IMP-02", "exit", area, null, null, "2025-03-31", null, null));

        var response = await UploadAsync(head, facilityId, "phuong-tien.xlsx", file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var assert = factory.Database();
        var items = await assert.Db.EquipmentItems.Where(i => i.Code.StartsWith("IMP-")).OrderBy(i => i.Code).ToListAsync();
        Assert.Equal(["IMP-01", "IMP-02"], items.Select(i => i.Code));
        Assert.Equal(new DateOnly(2026, 7, 10), items[0].NextCheckDue);
        Assert.Equal(new DateOnly(2025, 4, 30), items[1].NextCheckDue);
        Assert.Equal(6, items[1].TypeId);
    }

    [Fact]
    public async Task Import_OneBadRow_ImportsNothing_AndReportsItsRowAndColumn()
    {
        var (facilityId, area) = await OwnFacilityAsync();
        var head = await SignInAsync(DemoAccounts.UnitHead);
        var file = Workbook(
            Row("BAD-01", "MFZ4", area, null, null, "01/02/2025", null, null),
            Row("BAD-02", "KHONG-CO", area, null, null, "01/02/2025", null, null),
            Row("BAD-03", "MT3", area, null, null, "31/02/2025", null, null));

        var response = await UploadAsync(head, facilityId, "phuong-tien.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        var errors = document.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(r => (r.GetAttribute("data-row"), r.GetAttribute("data-column"), r.Children[2].TextContent.Trim())).ToList();
        Assert.Equal(
            [
                ("3", "B", "Mã loại không có trong danh mục (xem trang \"Loại phương tiện\" của tệp mẫu)."),
                ("4", "F", "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)."),
            ],
            errors);
        await using var assert = factory.Database();
        Assert.False(await assert.Db.EquipmentItems.AnyAsync(i => i.Code.StartsWith("BAD-")));
    }

    [Fact]
    public async Task Import_ANonExcelFile_IsRefused()
    {
        var (facilityId, _) = await OwnFacilityAsync();
        var head = await SignInAsync(DemoAccounts.UnitHead);

        var renamed = await UploadAsync(head, facilityId, "phuong-tien.xlsx", "Mã phương tiện,Mã loại\nX,MFZ4\n"u8.ToArray());
        var csv = await UploadAsync(head, facilityId, "phuong-tien.csv", Workbook(Row("CSV-01", "MFZ4", "Phòng làm việc", null, null, null, null, null)));

        Assert.Equal("Chỉ nhận tệp Excel (.xlsx). Hãy dùng tệp mẫu.", (await renamed.DocumentAsync()).FieldError("Input.File"));
        Assert.Equal("Chỉ nhận tệp Excel (.xlsx). Hãy dùng tệp mẫu.", (await csv.DocumentAsync()).FieldError("Input.File"));
        await using var assert = factory.Database();
        Assert.False(await assert.Db.EquipmentItems.AnyAsync(i => i.Code == "CSV-01" || i.Code == "X"));
    }

    [Fact]
    public async Task Template_HasTheImportHeaders()
    {
        var head = await SignInAsync(DemoAccounts.UnitHead);
        var response = await head.Http.GetAsync("/Equipment/Import?handler=Template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = (IDictionary<string, object?>)stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).First();
        Assert.Equal(EquipmentExcel.Headers, header.Values.Select(v => v?.ToString()).Take(EquipmentExcel.Headers.Length));
    }

    [Fact]
    public async Task Export_HonoursTheFilters()
    {
        await using (var scope = factory.Database())
        {
            var unit = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            await EquipmentTestData.ItemAsync(scope.Db, unit, "EXP-CO2", "MT5");
            await EquipmentTestData.ItemAsync(scope.Db, unit, "EXP-DEN", "DSC");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var response = await head.Http.GetAsync("/Equipment?handler=Export&typeId=4&q=exp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EquipmentExcel.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["EXP-CO2"], rows.Select(r => r["Mã phương tiện"]?.ToString()));
        Assert.Equal("MT5", rows[0]["Mã loại"]?.ToString());
    }

    [Fact]
    public async Task Reminders_TellEachUnitOnceADay_AboutOverdueItems()
    {
        int unitId;
        await using (var scope = factory.Database())
        {
            unitId = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            await EquipmentTestData.ItemAsync(scope.Db, unitId, "OLD-01", lastChecked: new DateOnly(2024, 1, 1));
        }

        int first;
        int second;
        await using (var scope = factory.Database())
        {
            first = await ActivatorUtilities.CreateInstance<EquipmentReminders>(scope.Services).RunAsync(CancellationToken.None);
        }

        await using (var scope = factory.Database())
        {
            second = await ActivatorUtilities.CreateInstance<EquipmentReminders>(scope.Services).RunAsync(CancellationToken.None);
        }

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        await using var assert = factory.Database();
        Assert.Equal(1, await assert.Db.Notifications.CountAsync(n => n.DedupKey.StartsWith($"equipment-overdue:{Id(unitId)}:")));
    }

    private async Task<(int FacilityId, string Area)> OwnFacilityAsync()
    {
        await using var scope = factory.Database();
        var unit = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
        var area = await scope.Db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == unit).OrderBy(a => a.Id).FirstAsync();
        return (area.FacilityId, area.Name);
    }

    private static Dictionary<string, object?> Row(string code, string type, string area, string? serial, string? made, string? commissioned, string? checkedOn, string? maintained) => new()
    {
        [EquipmentExcel.Headers[0]] = code,
        [EquipmentExcel.Headers[1]] = type,
        [EquipmentExcel.Headers[2]] = area,
        [EquipmentExcel.Headers[3]] = serial,
        [EquipmentExcel.Headers[4]] = made,
        [EquipmentExcel.Headers[5]] = commissioned,
        [EquipmentExcel.Headers[6]] = checkedOn,
        [EquipmentExcel.Headers[7]] = maintained,
        [EquipmentExcel.Headers[8]] = null,
    };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient client, int facilityId, string fileName, byte[] bytes)
    {
        var page = await client.GetDocumentAsync("/Equipment/Import");
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Id(facilityId)), "Input.FacilityId" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(EquipmentExcel.ContentType);
        content.Add(file, "Input.File", fileName);
        return await client.Http.PostAsync("/Equipment/Import", content);
    }
}

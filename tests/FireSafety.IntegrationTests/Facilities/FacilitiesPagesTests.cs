using System.Net;
using System.Text.Json;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Facilities;

public sealed class FacilitiesPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Post_Create_AsUnitHead_CreatesInOwnUnit_WritesAudit_AndRedirectsToDetails()
    {
        var client = await SignedInAsync(DemoAccounts.UnitHead);

        var response = await client.SubmitAsync("/Facilities/Create", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Kho hồ sơ tầng 3",
            ["Input.Address"] = "Tầng 3, Trụ sở Sở Tư pháp",
            ["Input.Floors"] = "1",
            ["Input.IsManagedFacility"] = "true",
        });

        Assert.StartsWith("/Facilities/Details/", response.RedirectTarget(), StringComparison.Ordinal);
        await using var scope = factory.Database();
        var facility = await scope.Db.Facilities.Include(f => f.Unit).SingleAsync(f => f.Name == "Kho hồ sơ tầng 3");
        Assert.Equal("HCTP", facility.Unit!.Code);
        Assert.True(facility.IsManagedFacility);
        Assert.Equal("kho ho so tang 3 tang 3, tru so so tu phap", facility.SearchText);
        var audit = await scope.Db.AuditEntries.SingleAsync(a => a.EntityType == "Facility" && a.EntityKey == facility.Id.ToString() && a.Action == AuditAction.Insert);
        Assert.Equal(DemoAccounts.UnitHead.Email, audit.UserName);
        Assert.Equal(facility.UnitId, audit.UnitId);
        Assert.Contains("Kho hồ sơ tầng 3", JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(audit.Changes!)!["Name"].New, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Số 1", "Input.Name", "Vui lòng nhập tên cơ sở.")]
    [InlineData("Kho", "", "Input.Address", "Vui lòng nhập địa chỉ.")]
    [InlineData("Kho", "Số 1", "Input.Floors", "Số tầng phải từ 1 đến 200.", "0")]
    [InlineData("Kho", "Số 1", "Input.Floors", "Giá trị \"abc\" không hợp lệ.", "abc")]
    public async Task Post_Create_WithBadInput_ShowsVietnameseMessageNextToField_AndWritesNothing(string name, string address, string field, string message, string? floors = null)
    {
        var client = await SignedInAsync(DemoAccounts.Office);
        int before;
        await using (var scope = factory.Database())
        {
            before = await scope.Db.Facilities.CountAsync();
        }

        var response = await client.SubmitAsync("/Facilities/Create", new Dictionary<string, string?>
        {
            ["Input.Name"] = name,
            ["Input.Address"] = address,
            ["Input.Floors"] = floors,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.DocumentAsync()).FieldError(field));
        await using var after = factory.Database();
        Assert.Equal(before, await after.Db.Facilities.CountAsync());
    }

    [Fact]
    public async Task Post_Create_WithOversizedName_IsRefusedNotA500()
    {
        var client = await SignedInAsync(DemoAccounts.Office);

        var response = await client.SubmitAsync("/Facilities/Create", new Dictionary<string, string?>
        {
            ["Input.Name"] = new string('x', 5000),
            ["Input.Address"] = "Số 1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tên cơ sở không được dài quá 200 ký tự.", (await response.DocumentAsync()).FieldError("Input.Name"));
    }

    [Fact]
    public async Task Post_Edit_TwoPeopleSaveTheSameFacility_SecondGetsConflictWithBothVersions_NothingOverwritten()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        int id;
        await using (var scope = factory.Database())
        {
            id = await scope.Db.Facilities.Where(f => f.Unit!.Code == "HCTP").Select(f => f.Id).FirstAsync();
        }

        var url = $"/Facilities/Edit/{id}";
        var officeForm = await office.GetDocumentAsync(url);
        var headForm = await head.GetDocumentAsync(url);
        var first = await office.PostAsync(url, Fields(officeForm, "Tên do Văn phòng đặt"), url);
        var second = await head.PostAsync(url, Fields(headForm, "Tên do trưởng phòng đặt"), url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var conflict = (await second.DocumentAsync()).QuerySelector("[data-testid=concurrency-conflict]");
        Assert.NotNull(conflict);
        Assert.Contains("Tên do Văn phòng đặt", conflict!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tên do trưởng phòng đặt", conflict.TextContent, StringComparison.Ordinal);
        await using var check = factory.Database();
        Assert.Equal("Tên do Văn phòng đặt", await check.Db.Facilities.Where(f => f.Id == id).Select(f => f.Name).SingleAsync());
    }

    [Fact]
    public async Task Post_Edit_ChangesAreAuditedOldToNew()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        int id;
        string oldAddress;
        await using (var scope = factory.Database())
        {
            (id, oldAddress) = await scope.Db.Facilities.Where(f => f.Unit!.Code == "DGTS").Select(f => ValueTuple.Create(f.Id, f.Address)).FirstAsync();
        }

        var response = await office.SubmitAsync($"/Facilities/Edit/{id}", new Dictionary<string, string?> { ["Input.Address"] = "Số 10 đường Phan Đình Phùng" });

        Assert.Equal($"/Facilities/Details/{id}", response.RedirectTarget());
        await using var check = factory.Database();
        var audit = await check.Db.AuditEntries.Where(a => a.EntityType == "Facility" && a.EntityKey == id.ToString() && a.Action == AuditAction.Update).SingleAsync();
        var changes = JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(audit.Changes!)!;
        Assert.Equal(new AuditChange(oldAddress, "Số 10 đường Phan Đình Phùng"), changes["Address"]);
        Assert.False(changes.ContainsKey("Name"));
    }

    [Fact]
    public async Task Post_Edit_MovingAFacilityToAnotherUnit_MovesItsAreas_AndTheOldUnitLosesThem()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        var oldHead = await SignedInAsync(DemoAccounts.OtherUnitHead);
        int facilityId, areaId, newUnitId;
        await using (var scope = factory.Database())
        {
            facilityId = await scope.Db.Facilities.Where(f => f.Unit!.Code == "TGPL").Select(f => f.Id).FirstAsync();
            areaId = await scope.Db.Areas.Where(a => a.FacilityId == facilityId).Select(a => a.Id).FirstAsync();
            newUnitId = await scope.Db.Units.Where(u => u.Code == "BTTP").Select(u => u.Id).SingleAsync();
        }

        var moved = await office.SubmitAsync($"/Facilities/Edit/{facilityId}", new Dictionary<string, string?> { ["Input.UnitId"] = newUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal($"/Facilities/Details/{facilityId}", moved.RedirectTarget());
        await using (var scope = factory.Database())
        {
            Assert.All(await scope.Db.Areas.Where(a => a.FacilityId == facilityId).ToListAsync(), a => Assert.Equal(newUnitId, a.UnitId));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await oldHead.Http.GetAsync($"/Facilities/Areas/Delete/{areaId}")).StatusCode);
        var token = (await oldHead.GetDocumentAsync("/Facilities")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var delete = await oldHead.Http.PostAsync($"/Facilities/Areas/Delete/{areaId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "1" }));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task InsertAudit_RecordsTheRealKeys_NotTemporaryOnes()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        var created = await office.SubmitAsync("/Facilities/Create", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Nhà kho số 2",
            ["Input.Address"] = "Số 2 đường Hà Huy Tập",
        });
        var id = created.RedirectTarget().Split('/')[^1];

        await using var scope = factory.Database();
        var audit = await scope.Db.AuditEntries.SingleAsync(a => a.EntityType == "Facility" && a.EntityKey == id && a.Action == AuditAction.Insert);
        var changes = JsonSerializer.Deserialize<Dictionary<string, AuditChange>>(audit.Changes!)!;
        Assert.Equal(id, changes["Id"].New);
        Assert.DoesNotContain("-21474", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OutsideTheUnitScope_IsRefusedByTheContextItself()
    {
        await using var scope = factory.Database();
        var unitScope = scope.Services.GetRequiredService<Core.Data.UnitScope>();
        var ownUnit = await scope.Db.Units.Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
        var otherUnit = await scope.Db.Units.Where(u => u.Code == "TGPL").Select(u => u.Id).SingleAsync();
        unitScope.RestrictTo([ownUnit]);

        scope.Db.Facilities.Add(new Core.Units.Facility { UnitId = otherUnit, Name = "Cơ sở trái phép", Address = "Không rõ" });

        await Assert.ThrowsAsync<Core.Data.UnitScopeViolationException>(() => scope.Db.SaveChangesAsync());
    }

    [Fact]
    public async Task Areas_CreateThenDeleteAfterConfirmation()
    {
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        int facilityId;
        await using (var scope = factory.Database())
        {
            facilityId = await scope.Db.Facilities.Where(f => f.Unit!.Code == "HCTP").Select(f => f.Id).FirstAsync();
        }

        var created = await head.SubmitAsync($"/Facilities/Areas/Create?facilityId={facilityId}", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Phòng sạc xe điện",
            ["Input.IsHighRisk"] = "true",
        });
        Assert.Equal($"/Facilities/Details/{facilityId}", created.RedirectTarget());
        int areaId;
        await using (var scope = factory.Database())
        {
            var area = await scope.Db.Areas.SingleAsync(a => a.Name == "Phòng sạc xe điện");
            Assert.True(area.IsHighRisk);
            Assert.Equal((await scope.Db.Facilities.FindAsync(facilityId))!.UnitId, area.UnitId);
            areaId = area.Id;
        }

        var confirmation = await head.GetDocumentAsync($"/Facilities/Areas/Delete/{areaId}");
        Assert.Contains("Bạn có chắc muốn xóa khu vực", confirmation.Body!.TextContent, StringComparison.Ordinal);
        var deleted = await head.SubmitAsync($"/Facilities/Areas/Delete/{areaId}", new Dictionary<string, string?>());

        Assert.Equal($"/Facilities/Details/{facilityId}", deleted.RedirectTarget());
        await using var check = factory.Database();
        Assert.False(await check.Db.Areas.AnyAsync(a => a.Id == areaId));
        Assert.True(await check.Db.AuditEntries.AnyAsync(a => a.EntityType == "Area" && a.EntityKey == areaId.ToString() && a.Action == AuditAction.Delete));
    }

    /// <summary>Found by OverPostingTests: deleting an area that still holds a high-risk point was a 500 (restricted key).</summary>
    [Fact]
    public async Task Areas_DeleteOfAnAreaInUse_IsRefusedWithAMessage_NotA500()
    {
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        int areaId, facilityId;
        await using (var scope = factory.Database())
        {
            var unitId = await scope.Db.Units.Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
            var point = await RiskPoints.RiskPointTestData.PointAsync(scope.Db, unitId);
            areaId = point.AreaId;
            facilityId = await scope.Db.Areas.Where(a => a.Id == areaId).Select(a => a.FacilityId).SingleAsync();
        }

        var deleted = await head.SubmitAsync($"/Facilities/Areas/Delete/{areaId}", new Dictionary<string, string?>());

        Assert.Equal($"/Facilities/Details/{facilityId}", deleted.RedirectTarget());
        var details = await head.GetDocumentAsync($"/Facilities/Details/{facilityId}");
        Assert.Contains("không xóa được", details.Body!.TextContent, StringComparison.Ordinal);
        await using var check = factory.Database();
        Assert.True(await check.Db.Areas.AnyAsync(a => a.Id == areaId));
    }

    [Fact]
    public async Task Leader_ReadsFacilities_ButCannotEdit()
    {
        var leader = await SignedInAsync(DemoAccounts.Leader);

        var list = await leader.GetDocumentAsync("/Facilities");
        var edit = await leader.Http.GetAsync("/Facilities/Create");

        var names = list.QuerySelectorAll("[data-testid=facilities] tbody a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Trụ sở Sở Tư pháp", names);
        Assert.Contains("Trụ sở Trung tâm Trợ giúp pháp lý nhà nước", names);
        Assert.Null(list.QuerySelector("[data-testid=create-facility]"));
        Assert.Contains("/Account/AccessDenied", edit.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_IgnoresDiacritics()
    {
        var office = await SignedInAsync(DemoAccounts.Office);

        var list = await office.GetDocumentAsync("/Facilities?q=tro+giup+phap+ly");

        var names = list.QuerySelectorAll("[data-testid=facilities] tbody a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trụ sở Trung tâm Trợ giúp pháp lý nhà nước"], names);
    }

    [Fact]
    public void AuditTrail_IsAppendOnly()
    {
        using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.FireSafetyDbContext>();
        var entry = db.AuditEntries.OrderBy(a => a.Id).First();
        entry.UserName = "tampered";

        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    private static Dictionary<string, string?> Fields(AngleSharp.Html.Dom.IHtmlDocument form, string name)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var input in form.QuerySelectorAll("form[method=post] input[name^='Input.'], form[method=post] select[name^='Input.']"))
        {
            var key = input.GetAttribute("name")!;
            if (input.GetAttribute("type") == "checkbox")
            {
                if (input.HasAttribute("checked"))
                {
                    fields[key] = "true";
                }

                continue;
            }

            fields[key] = input is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value : input.GetAttribute("value");
        }

        fields["Input.Name"] = name;
        return fields;
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FireSafety.Core.Auditing;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Admin;

/// <summary>
/// The unit tree admin pages. The tests share one database (the class fixture), so each one
/// arranges its own units with its own codes and never depends on another's writes.
/// </summary>
public sealed class UnitsPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private const string IndexUrl = "/Admin/Units";

    [Fact]
    public async Task Post_Create_AddsUnitUnderParentWithPathAndAudit()
    {
        var client = await AdminAsync();
        var parent = await FindAsync("HCTP");

        var response = await client.SubmitAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "hctp-ht",
            ["Input.Name"] = "  Tổ hộ tịch  ",
            ["Input.Kind"] = nameof(UnitKind.Other),
            ["Input.ParentId"] = Id(parent.Id),
            ["Input.HeadName"] = "Lê Thị Hoa",
            ["Input.Phone"] = "0239 3855 123",
            ["Input.SortOrder"] = "3",
        });

        Assert.Equal(IndexUrl, response.RedirectTarget());
        await using var scope = factory.Database();
        var unit = await scope.Db.Units.SingleAsync(u => u.Code == "HCTP-HT");
        Assert.Equal("Tổ hộ tịch", unit.Name);
        Assert.Equal(UnitKind.Other, unit.Kind);
        Assert.Equal(parent.Id, unit.ParentId);
        Assert.Equal($"{parent.Path}{unit.Id}/", unit.Path);
        Assert.Equal("Lê Thị Hoa", unit.HeadName);
        Assert.Equal("0239 3855 123", unit.Phone);
        Assert.Equal(3, unit.SortOrder);
        Assert.True(unit.IsActive);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a =>
            a.EntityType == "Unit" && a.EntityKey == Id(unit.Id) && a.Action == AuditAction.Insert && a.UserName == DemoAccounts.Admin.Email));
    }

    [Fact]
    public async Task Post_Create_IgnoresOverPostedFields()
    {
        var client = await AdminAsync();
        var root = await RootAsync();

        var response = await client.SubmitAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "OVERPOST",
            ["Input.Name"] = "Đơn vị thử gửi thừa trường",
            ["Input.ParentId"] = Id(root.Id),
            ["Input.Path"] = "/999/",
            ["Input.IsActive"] = "false",
            ["Path"] = "/999/",
            ["IsActive"] = "false",
        });

        Assert.Equal(IndexUrl, response.RedirectTarget());
        await using var scope = factory.Database();
        var unit = await scope.Db.Units.SingleAsync(u => u.Code == "OVERPOST");
        Assert.Equal($"{root.Path}{unit.Id}/", unit.Path);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public async Task Post_Create_WithDuplicateCode_ShowsVietnameseErrorNextToFieldAndWritesNothing()
    {
        var client = await AdminAsync();
        var root = await RootAsync();
        var (units, audits) = await CountsAsync();

        // Codes are compared without case: "vp" is the Office's "VP".
        var response = await client.SubmitAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "vp",
            ["Input.Name"] = "Văn phòng trùng mã",
            ["Input.ParentId"] = Id(root.Id),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Equal("Mã đơn vị \"VP\" đã được dùng cho đơn vị khác.", document.FieldError("Input.Code"));
        Assert.Equal("Văn phòng trùng mã", document.QuerySelector<IHtmlInputElement>("#Input_Name")?.Value);
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Theory]
    [InlineData("", "Input.Code", "Vui lòng nhập mã đơn vị.")]
    [InlineData("V P", "Input.Code", "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.")]
    [InlineData("ĐV", "Input.Code", "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "Input.Code", "Mã đơn vị không được dài quá 20 ký tự.")]
    public async Task Post_Create_WithBadCode_ShowsVietnameseErrorAndWritesNothing(string code, string field, string message)
    {
        var client = await AdminAsync();
        var root = await RootAsync();
        var (units, audits) = await CountsAsync();

        var response = await client.SubmitAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = "Đơn vị mã sai",
            ["Input.ParentId"] = Id(root.Id),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.DocumentAsync()).FieldError(field));
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Fact]
    public async Task Post_Create_WithoutNameOrParent_ShowsVietnameseErrorsAndWritesNothing()
    {
        var client = await AdminAsync();
        var (units, audits) = await CountsAsync();

        var response = await client.SubmitAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "NONAME",
            ["Input.Name"] = " ",
            ["Input.ParentId"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Equal("Vui lòng nhập tên đơn vị.", document.FieldError("Input.Name"));
        Assert.Equal("Vui lòng chọn đơn vị cấp trên.", document.FieldError("Input.ParentId"));
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Fact]
    public async Task Post_Edit_MovingUnderAnotherUnit_RewritesPathsOfWholeSubtreeAndAudits()
    {
        var client = await AdminAsync();
        var a = await ArrangeAsync("MVA", "Đơn vị chuyển A", "STP");
        var b = await ArrangeAsync("MVB", "Đơn vị chuyển B", "MVA");
        var c = await ArrangeAsync("MVC", "Đơn vị chuyển C", "MVB");
        var target = await ArrangeAsync("MVT", "Đơn vị nhận", "TGPL");

        var response = await client.SubmitAsync($"/Admin/Units/Edit/{a.Id}", new Dictionary<string, string?>
        {
            ["Input.ParentId"] = Id(target.Id),
            ["Input.Name"] = "Đơn vị chuyển A (đổi tên)",
        });

        Assert.Equal(IndexUrl, response.RedirectTarget());
        await using var scope = factory.Database();
        var moved = await scope.Db.Units.AsNoTracking().Where(u => u.Code.StartsWith("MV")).ToDictionaryAsync(u => u.Code);
        Assert.Equal(target.Id, moved["MVA"].ParentId);
        Assert.Equal("Đơn vị chuyển A (đổi tên)", moved["MVA"].Name);
        Assert.Equal($"{target.Path}{a.Id}/", moved["MVA"].Path);
        Assert.Equal($"{target.Path}{a.Id}/{b.Id}/", moved["MVB"].Path);
        Assert.Equal($"{target.Path}{a.Id}/{b.Id}/{c.Id}/", moved["MVC"].Path);
        Assert.Equal(b.ParentId, moved["MVB"].ParentId);
        foreach (var unit in new[] { a, b, c })
        {
            Assert.True(await scope.Db.AuditEntries.AnyAsync(e => e.EntityType == "Unit" && e.EntityKey == Id(unit.Id)
                && e.Action == AuditAction.Update && e.Changes!.Contains("\"Path\"")), $"no audit of {unit.Code}'s new path");
        }
    }

    [Fact]
    public async Task Post_Edit_MovingUnderOwnSubUnit_IsRefusedAndWritesNothing()
    {
        var client = await AdminAsync();
        var a = await ArrangeAsync("CYA", "Đơn vị vòng A", "STP");
        var b = await ArrangeAsync("CYB", "Đơn vị vòng B", "CYA");
        var (units, audits) = await CountsAsync();

        // The sub-unit is not offered in the drop-down; a hand-made post is refused all the same.
        var document = await client.GetDocumentAsync($"/Admin/Units/Edit/{a.Id}");
        Assert.Null(document.QuerySelector($"#Input_ParentId option[value='{b.Id}']"));
        var response = await client.SubmitAsync($"/Admin/Units/Edit/{a.Id}", new Dictionary<string, string?> { ["Input.ParentId"] = Id(b.Id) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị trực thuộc của nó.",
            (await response.DocumentAsync()).FieldError("Input.ParentId"));
        await using var scope = factory.Database();
        var stored = await scope.Db.Units.AsNoTracking().Where(u => u.Code.StartsWith("CY")).ToDictionaryAsync(u => u.Code);
        Assert.Equal(a.Path, stored["CYA"].Path);
        Assert.Equal(a.ParentId, stored["CYA"].ParentId);
        Assert.Equal(b.Path, stored["CYB"].Path);
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Fact]
    public async Task Post_Edit_MovingUnderItself_IsRefused()
    {
        var client = await AdminAsync();
        var a = await ArrangeAsync("SELF", "Đơn vị tự chuyển", "STP");

        var response = await client.SubmitAsync($"/Admin/Units/Edit/{a.Id}", new Dictionary<string, string?> { ["Input.ParentId"] = Id(a.Id) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).FieldError("Input.ParentId"));
        await using var scope = factory.Database();
        Assert.Equal(a.ParentId, (await scope.Db.Units.SingleAsync(u => u.Id == a.Id)).ParentId);
    }

    [Fact]
    public async Task Post_Edit_WithStaleVersion_ShowsConflictAndKeepsTheOtherSave()
    {
        var client = await AdminAsync();
        var unit = await ArrangeAsync("STALE", "Tên ban đầu", "STP");
        var staleVersion = unit.Version;
        await using (var other = factory.Database())
        {
            var tracked = await other.Db.Units.SingleAsync(u => u.Id == unit.Id);
            tracked.Name = "Tên do người khác sửa";
            await other.Db.SaveChangesAsync();
        }

        var (units, audits) = await CountsAsync();
        var response = await client.SubmitAsync($"/Admin/Units/Edit/{unit.Id}", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Tên của tôi",
            ["Input.Version"] = staleVersion.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        var conflict = document.QuerySelector("[data-testid=concurrency-conflict]")?.TextContent;
        Assert.NotNull(conflict);
        Assert.Contains("vừa được người khác sửa", conflict, StringComparison.Ordinal);
        Assert.Contains("Tên do người khác sửa", conflict, StringComparison.Ordinal);
        Assert.Contains("Tên của tôi", conflict, StringComparison.Ordinal);
        await using var scope = factory.Database();
        var stored = await scope.Db.Units.SingleAsync(u => u.Id == unit.Id);
        Assert.Equal("Tên do người khác sửa", stored.Name);
        Assert.Equal(stored.Version.ToString(CultureInfo.InvariantCulture), document.QuerySelector<IHtmlInputElement>("#Input_Version")?.Value);
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Fact]
    public async Task Post_Edit_Root_KeepsItAsRootAndSaves()
    {
        var client = await AdminAsync();
        var root = await RootAsync();

        var document = await client.GetDocumentAsync($"/Admin/Units/Edit/{root.Id}");
        Assert.Null(document.QuerySelector("select#Input_ParentId"));
        var response = await client.SubmitAsync($"/Admin/Units/Edit/{root.Id}", new Dictionary<string, string?> { ["Input.Phone"] = "0239 3856 000" });

        Assert.Equal(IndexUrl, response.RedirectTarget());
        await using var scope = factory.Database();
        var stored = await scope.Db.Units.SingleAsync(u => u.Id == root.Id);
        Assert.Null(stored.ParentId);
        Assert.Equal(root.Path, stored.Path);
        Assert.Equal("0239 3856 000", stored.Phone);
    }

    [Fact]
    public async Task Post_Deactivate_WithActiveSubUnits_IsRefusedAndWritesNothing()
    {
        var client = await AdminAsync();
        var parent = await ArrangeAsync("DPAR", "Đơn vị có đơn vị con", "STP");
        await ArrangeAsync("DCHI", "Đơn vị con đang hoạt động", "DPAR");
        var (units, audits) = await CountsAsync();

        var confirmation = await client.GetDocumentAsync($"/Admin/Units/Deactivate/{parent.Id}");
        Assert.Contains("1 đơn vị trực thuộc đang hoạt động", confirmation.QuerySelector("[data-testid=deactivate-blocked]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("[data-testid=confirm-deactivate]"));
        var response = await PostDeactivateAsync(client, parent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đơn vị trực thuộc đang hoạt động", (await response.DocumentAsync()).QuerySelector("[data-testid=deactivate-blocked]")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.True((await scope.Db.Units.SingleAsync(u => u.Id == parent.Id)).IsActive);
        Assert.Equal((units, audits), await CountsAsync());
    }

    [Fact]
    public async Task Post_Deactivate_WithActiveUsers_IsRefused()
    {
        var client = await AdminAsync();
        var unit = await FindAsync(DemoAccounts.OtherUnitHead.UnitCode);

        var response = await PostDeactivateAsync(client, unit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tài khoản người dùng đang hoạt động", (await response.DocumentAsync()).QuerySelector("[data-testid=deactivate-blocked]")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.True((await scope.Db.Units.SingleAsync(u => u.Id == unit.Id)).IsActive);
    }

    [Fact]
    public async Task Post_Deactivate_Root_IsRefused()
    {
        var client = await AdminAsync();
        var root = await RootAsync();

        var response = await PostDeactivateAsync(client, root);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không thể ngừng hoạt động đơn vị gốc.", (await response.DocumentAsync()).QuerySelector("[data-testid=deactivate-blocked]")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.True((await scope.Db.Units.SingleAsync(u => u.Id == root.Id)).IsActive);
    }

    [Fact]
    public async Task Post_Deactivate_Leaf_AfterConfirmation_SetsInactiveKeepsRowAndAudits()
    {
        var client = await AdminAsync();
        var leaf = await ArrangeAsync("LEAF", "Đơn vị lá", "STP");

        var confirmation = await client.GetDocumentAsync($"/Admin/Units/Deactivate/{leaf.Id}");
        Assert.Contains("Bạn có chắc muốn ngừng hoạt động đơn vị \"Đơn vị lá\"", confirmation.QuerySelector(".alert-warning")?.TextContent, StringComparison.Ordinal);
        var response = await client.SubmitAsync($"/Admin/Units/Deactivate/{leaf.Id}", new Dictionary<string, string?>());

        Assert.Equal(IndexUrl, response.RedirectTarget());
        await using var scope = factory.Database();
        var stored = await scope.Db.Units.SingleAsync(u => u.Id == leaf.Id);
        Assert.False(stored.IsActive);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == "Unit" && a.EntityKey == Id(leaf.Id)
            && a.Action == AuditAction.Update && a.Changes!.Contains("\"IsActive\"")));

        // A stopped unit is no longer offered as a parent, and comes back after its own confirmation.
        var create = await client.GetDocumentAsync("/Admin/Units/Create");
        Assert.Null(create.QuerySelector($"#Input_ParentId option[value='{leaf.Id}']"));
        var back = await client.SubmitAsync($"/Admin/Units/Reactivate/{leaf.Id}", new Dictionary<string, string?>());
        Assert.Equal(IndexUrl, back.RedirectTarget());
        await using var after = factory.Database();
        Assert.True((await after.Db.Units.SingleAsync(u => u.Id == leaf.Id)).IsActive);
    }

    [Fact]
    public async Task Post_Deactivate_WithStaleVersion_WritesNothing()
    {
        var client = await AdminAsync();
        var leaf = await ArrangeAsync("LEAFOLD", "Đơn vị lá cũ", "STP");
        await using (var other = factory.Database())
        {
            (await other.Db.Units.SingleAsync(u => u.Id == leaf.Id)).HeadName = "Người khác vừa sửa";
            await other.Db.SaveChangesAsync();
        }

        var response = await client.SubmitAsync($"/Admin/Units/Deactivate/{leaf.Id}", new Dictionary<string, string?>
        {
            ["Version"] = leaf.Version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal($"/Admin/Units/Edit/{leaf.Id}", response.RedirectTarget());
        await using var scope = factory.Database();
        Assert.True((await scope.Db.Units.SingleAsync(u => u.Id == leaf.Id)).IsActive);
    }

    [Fact]
    public async Task Post_Reactivate_UnderInactiveParent_IsRefused()
    {
        var client = await AdminAsync();
        var parent = await ArrangeAsync("RPAR", "Đơn vị cha ngừng", "STP");
        var child = await ArrangeAsync("RCHI", "Đơn vị con ngừng", "RPAR");
        await using (var arrange = factory.Database())
        {
            await arrange.Db.Units.Where(u => u.Id == parent.Id || u.Id == child.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        var response = await client.PostAsync($"/Admin/Units/Reactivate/{child.Id}", new Dictionary<string, string?>
        {
            ["Version"] = child.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenPage: $"/Admin/Units/Edit/{child.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).QuerySelector("[data-testid=reactivate-blocked]"));
        await using var scope = factory.Database();
        Assert.False((await scope.Db.Units.SingleAsync(u => u.Id == child.Id)).IsActive);
    }

    [Fact]
    public async Task Get_Index_SearchWithoutDiacritics_ShowsFlatListWithParentName()
    {
        var client = await AdminAsync();

        var document = await client.GetDocumentAsync($"{IndexUrl}?q=phong+hanh+chinh");

        var rows = document.QuerySelectorAll("[data-testid=unit-row]");
        var row = Assert.Single(rows);
        Assert.Equal("HCTP", row.GetAttribute("data-code"));
        Assert.Contains("Phòng Hành chính tư pháp", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp tỉnh Hà Tĩnh", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("tree-indent", row.InnerHtml, StringComparison.Ordinal);

        // "đ" is folded to "d".
        var auction = await client.GetDocumentAsync($"{IndexUrl}?q=DAU+GIA");
        Assert.Contains(auction.QuerySelectorAll("[data-testid=unit-row]"), r => r.GetAttribute("data-code") == "DGTS");
    }

    [Fact]
    public async Task Get_Index_ShowsTreeIndentedByDepthWithVietnameseKinds()
    {
        var client = await AdminAsync();

        var document = await client.GetDocumentAsync(IndexUrl);

        var rows = document.QuerySelectorAll("[data-testid=unit-row]").ToList();
        Assert.Equal("STP", rows[0].GetAttribute("data-code"));
        Assert.DoesNotContain("tree-indent", rows[0].InnerHtml, StringComparison.Ordinal);
        var office = rows.Single(r => r.GetAttribute("data-code") == "VP");
        Assert.NotNull(office.QuerySelector("td.tree-indent-1"));
        Assert.Contains("Văn phòng", office.QuerySelectorAll("td")[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Đang hoạt động", office.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Index_StatusFilter_ShowsOnlyInactiveUnits()
    {
        var client = await AdminAsync();
        var stopped = await ArrangeAsync("STOPPED", "Đơn vị đã ngừng", "STP");
        await using (var arrange = factory.Database())
        {
            await arrange.Db.Units.Where(u => u.Id == stopped.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
        }

        var inactive = await client.GetDocumentAsync($"{IndexUrl}?status=inactive&q=da+ngung");
        var active = await client.GetDocumentAsync($"{IndexUrl}?status=active&q=da+ngung");

        Assert.Contains(inactive.QuerySelectorAll("[data-testid=unit-row]"), r => r.GetAttribute("data-code") == "STOPPED");
        Assert.DoesNotContain(active.QuerySelectorAll("[data-testid=unit-row]"), r => r.GetAttribute("data-code") == "STOPPED");
    }

    [Fact]
    public async Task Get_Index_WithMoreUnitsThanOnePage_PagesThem()
    {
        var client = await AdminAsync();
        for (var i = 1; i <= 25; i++)
        {
            await ArrangeAsync($"PT{i:00}", $"Tổ phân trang {i:00}", "STP");
        }

        var first = await client.GetDocumentAsync($"{IndexUrl}?q=phan+trang");
        var second = await client.GetDocumentAsync($"{IndexUrl}?q=phan+trang&p=2");

        var firstCodes = Codes(first);
        var secondCodes = Codes(second);
        Assert.Equal(20, firstCodes.Count);
        Assert.Equal(5, secondCodes.Count);
        Assert.Equal(25, firstCodes.Union(secondCodes).Count());
        Assert.Equal("Trang 1/2 · 25 bản ghi", first.QuerySelector("[data-testid=pager-summary]")?.TextContent.Trim());
        Assert.Equal("Trang 2/2 · 25 bản ghi", second.QuerySelector("[data-testid=pager-summary]")?.TextContent.Trim());
        Assert.Contains("q=phan", first.QuerySelector(".pagination a[href*='p=2']")?.GetAttribute("href"), StringComparison.Ordinal);

        // The unfiltered tree pages the same way.
        await using var scope = factory.Database();
        var total = await scope.Db.Units.CountAsync();
        Assert.Equal(20, Codes(await client.GetDocumentAsync(IndexUrl)).Count);
        Assert.Equal(Math.Min(20, total - 20), Codes(await client.GetDocumentAsync($"{IndexUrl}?p=2")).Count);
    }

    [Theory]
    [InlineData("/Admin/Units")]
    [InlineData("/Admin/Units/Create")]
    [InlineData("/Admin/Units/Edit/1")]
    [InlineData("/Admin/Units/Deactivate/2")]
    [InlineData("/Admin/Units/Reactivate/2")]
    public async Task Get_AsNonAdmin_IsDenied(string url)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);

        var response = await client.Http.GetAsync(url);

        AssertDenied(response);
    }

    [Fact]
    public async Task Post_AsNonAdmin_IsDeniedAndWritesNothing()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);
        var office = await FindAsync("VP");
        var (units, audits) = await CountsAsync();

        var create = await client.PostAsync("/Admin/Units/Create", new Dictionary<string, string?>
        {
            ["Input.Code"] = "HACK",
            ["Input.Name"] = "Không được tạo",
            ["Input.ParentId"] = Id(office.Id),
        }, tokenPage: "/");
        var deactivate = await client.PostAsync($"/Admin/Units/Deactivate/{office.Id}", new Dictionary<string, string?>
        {
            ["Version"] = office.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenPage: "/");

        AssertDenied(create);
        AssertDenied(deactivate);
        Assert.Equal((units, audits), await CountsAsync());
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.Contains("/Account/AccessDenied", response.RedirectTarget(), StringComparison.Ordinal);
    }

    private static List<string?> Codes(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("[data-testid=unit-row]").Select(r => r.GetAttribute("data-code"))];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<PageClient> AdminAsync()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Admin);
        return client;
    }

    private async Task<Unit> FindAsync(string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.Units.AsNoTracking().SingleAsync(u => u.Code == code);
    }

    private Task<Unit> RootAsync() => FindAsync("STP");

    /// <summary>Adds a unit directly (through the real tree service), as arrangement.</summary>
    private async Task<Unit> ArrangeAsync(string code, string name, string parentCode)
    {
        await using var scope = factory.Database();
        var parent = await scope.Db.Units.SingleAsync(u => u.Code == parentCode);
        var unit = new Unit { Code = code, Name = name, Kind = UnitKind.Division, ParentId = parent.Id };
        await scope.Services.GetRequiredService<UnitTree>().AddAsync(unit);
        return unit;
    }

    private async Task<(int Units, int Audits)> CountsAsync()
    {
        await using var scope = factory.Database();
        return (await scope.Db.Units.CountAsync(), await scope.Db.AuditEntries.CountAsync(a => a.EntityType == "Unit"));
    }

    private Task<HttpResponseMessage> PostDeactivateAsync(PageClient client, Unit unit) =>
        client.PostAsync($"/Admin/Units/Deactivate/{unit.Id}", new Dictionary<string, string?>
        {
            ["Version"] = unit.Version.ToString(CultureInfo.InvariantCulture),
        }, tokenPage: $"/Admin/Units/Edit/{unit.Id}");
}

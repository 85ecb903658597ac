using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Admin;

public sealed class UsersPagesTests(UsersPagesTests.Factory factory) : IClassFixture<UsersPagesTests.Factory>
{
    /// <summary>A host whose security stamp is re-checked on every request, so ended sessions show at once.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => With("Security:SecurityStampValidationInterval", "00:00:00");
    }

    [Fact]
    public async Task Post_Create_ShowsOneTimePasswordOnce_AndForcesPasswordChangeAtSignIn()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var unitId = await factory.UnitIdAsync("BTTP");
        var email = $"moi{Guid.NewGuid():N}"[..12] + "@firesafety.local";

        var response = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.FullName"] = "Đỗ Thị Ngọc Ánh",
            ["Input.JobTitle"] = "Chuyên viên",
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Role"] = Roles.Office,
        });

        var userId = await factory.UserIdAsync(email);
        Assert.Equal("/Admin/Users/OneTimePassword", response.RedirectTarget());
        var page = await admin.GetDocumentAsync(response.RedirectTarget());
        var password = page.QuerySelector("[data-testid=one-time-password]")?.TextContent.Trim();
        Assert.NotNull(password);
        Assert.Contains(email, page.QuerySelector(".alert-info")?.TextContent, StringComparison.Ordinal);
        Assert.True(password.Length >= 12, password);
        Assert.Contains(password, char.IsAsciiLetterLower);
        Assert.Contains(password, char.IsAsciiDigit);

        // Shown once: a reload no longer has it.
        var reload = await admin.GetDocumentAsync(response.RedirectTarget());
        Assert.Null(reload.QuerySelector("[data-testid=one-time-password]"));
        Assert.NotNull(reload.QuerySelector("[data-testid=password-gone]"));

        await using (var scope = factory.Database())
        {
            var user = await scope.Db.Users.SingleAsync(u => u.Id == userId);
            Assert.True(user.MustChangePassword);
            Assert.False(user.IsDisabled);
            Assert.Equal(unitId, user.UnitId);
            Assert.Equal("Đỗ Thị Ngọc Ánh", user.FullName);
            var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal([Roles.Office], await users.GetRolesAsync(user));
            Assert.False(await scope.Db.AuditEntries.AnyAsync(a => a.Changes != null && a.Changes.Contains(password)));
        }

        Assert.DoesNotContain(LogFiles(), text => text.Contains(password, StringComparison.Ordinal));

        var newcomer = new PageClient(factory.CreateAppClient());
        await newcomer.SignInAsync(email, password);
        var home = await newcomer.Http.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.RedirectTarget());
    }

    [Fact]
    public async Task Post_Create_WithDuplicateEmail_ShowsVietnameseErrorAndWritesNothing()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var (users, audit) = await CountsAsync();

        var response = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Office.Email.ToUpperInvariant(),
            ["Input.FullName"] = "Trùng Email",
            ["Input.UnitId"] = (await factory.UnitIdAsync("VP")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Role"] = Roles.Leader,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Contains("đã được sử dụng", document.FieldError("Input.Email"), StringComparison.Ordinal);
        Assert.Equal((users, audit), await CountsAsync());
    }

    [Fact]
    public async Task Post_Create_WithMissingFields_ShowsVietnameseErrorsNextToFields()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var (users, _) = await CountsAsync();

        var response = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string?>
        {
            ["Input.Email"] = "khong-phai-email",
            ["Input.FullName"] = "",
            ["Input.Role"] = "SuperAdmin",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Equal("Email không hợp lệ.", document.FieldError("Input.Email"));
        Assert.Equal("Vui lòng nhập họ và tên.", document.FieldError("Input.FullName"));
        Assert.Equal("Vui lòng chọn đơn vị.", document.FieldError("Input.UnitId"));
        Assert.Equal("Vui lòng chọn vai trò.", document.FieldError("Input.Role"));
        Assert.Equal(users, (await CountsAsync()).Users);
    }

    [Fact]
    public async Task Post_Disable_RefusesSignIn_AndEndsTheOpenSession()
    {
        var target = await factory.CreateUserAsync(Roles.Office);
        var session = new PageClient(factory.CreateAppClient());
        await session.SignInAsync(target.Email, target.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/")).StatusCode);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var response = await admin.SubmitAsync($"/Admin/Users/Disable/{target.Id}", new Dictionary<string, string?>());

        Assert.Equal($"/Admin/Users/Edit/{target.Id}", response.RedirectTarget());
        await using (var scope = factory.Database())
        {
            Assert.True(await scope.Db.Users.Where(u => u.Id == target.Id).Select(u => u.IsDisabled).SingleAsync());
            Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppUser) && a.EntityKey == target.Id
                && a.Action == AuditAction.Update && a.UserName == DemoAccounts.Admin.Email && a.Changes!.Contains("IsDisabled")));
        }

        var afterwards = await session.Http.GetAsync("/");
        Assert.StartsWith("https://localhost/Account/Login", afterwards.RedirectTarget(), StringComparison.Ordinal);

        var again = await new PageClient(factory.CreateAppClient()).SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = target.Email,
            ["Input.Password"] = target.Password,
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa.", (await again.DocumentAsync()).QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Enable_LetsADisabledUserSignInAgain()
    {
        var target = await factory.CreateUserAsync(Roles.Leader);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        await admin.SubmitAsync($"/Admin/Users/Disable/{target.Id}", new Dictionary<string, string?>());

        var response = await admin.SubmitAsync($"/Admin/Users/Enable/{target.Id}", new Dictionary<string, string?>());

        Assert.Equal($"/Admin/Users/Edit/{target.Id}", response.RedirectTarget());
        await using (var scope = factory.Database())
        {
            Assert.False(await scope.Db.Users.Where(u => u.Id == target.Id).Select(u => u.IsDisabled).SingleAsync());
        }

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(target.Email, target.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Post_Disable_OwnAccount_IsRefusedWithVietnameseMessage()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin.Email);
        var confirmation = await admin.GetDocumentAsync($"/Admin/Users/Disable/{adminId}");
        Assert.NotNull(confirmation.QuerySelector("[data-testid=self]"));
        Assert.Null(confirmation.QuerySelector("[data-testid=confirm-disable]"));

        // A hand-made POST is refused too.
        var response = await admin.PostAsync($"/Admin/Users/Disable/{adminId}", new Dictionary<string, string?> { ["Version"] = "0" });

        Assert.Equal($"/Admin/Users/Edit/{adminId}", response.RedirectTarget());
        var edit = await admin.GetDocumentAsync(response.RedirectTarget());
        Assert.Contains("Bạn không thể vô hiệu hóa tài khoản của chính mình.", edit.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.False(await scope.Db.Users.Where(u => u.Id == adminId).Select(u => u.IsDisabled).SingleAsync());
    }

    [Fact]
    public async Task Post_Edit_RemovingOwnAdminRole_IsRefusedWithVietnameseMessage()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin.Email);

        var response = await admin.SubmitAsync($"/Admin/Users/Edit/{adminId}", new Dictionary<string, string?> { ["Input.Role"] = Roles.Office });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình.", (await response.DocumentAsync()).FieldError("Input.Role"));
        await using var scope = factory.Database();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(await scope.Db.Users.SingleAsync(u => u.Id == adminId)));
    }

    [Fact]
    public async Task Post_ResetPassword_IssuesOneTimePassword_OldPasswordFails_SessionEnds()
    {
        var target = await factory.CreateUserAsync(Roles.UnitHead);
        var session = new PageClient(factory.CreateAppClient());
        await session.SignInAsync(target.Email, target.Password);
        string stampBefore;
        await using (var scope = factory.Database())
        {
            stampBefore = await scope.Db.Users.Where(u => u.Id == target.Id).Select(u => u.SecurityStamp!).SingleAsync();
        }

        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var response = await admin.SubmitAsync($"/Admin/Users/ResetPassword/{target.Id}", new Dictionary<string, string?>());

        Assert.Equal("/Admin/Users/OneTimePassword", response.RedirectTarget());
        var password = (await admin.GetDocumentAsync(response.RedirectTarget())).QuerySelector("[data-testid=one-time-password]")?.TextContent.Trim();
        Assert.NotNull(password);
        Assert.NotEqual(target.Password, password);
        await using (var scope = factory.Database())
        {
            var user = await scope.Db.Users.SingleAsync(u => u.Id == target.Id);
            Assert.True(user.MustChangePassword);
            Assert.NotEqual(stampBefore, user.SecurityStamp);
        }

        Assert.StartsWith("https://localhost/Account/Login", (await session.Http.GetAsync("/")).RedirectTarget(), StringComparison.Ordinal);
        var oldPassword = await new PageClient(factory.CreateAppClient()).SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = target.Email,
            ["Input.Password"] = target.Password,
        });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);

        var fresh = new PageClient(factory.CreateAppClient());
        await fresh.SignInAsync(target.Email, password);
        Assert.Equal("/Account/ChangePassword", (await fresh.Http.GetAsync("/")).RedirectTarget());
    }

    [Fact]
    public async Task Post_Edit_ChangingRoleAndUnit_UpdatesBoth_RenewsStamp_AndAudits()
    {
        var target = await factory.CreateUserAsync(Roles.UnitHead, "HCTP", "Võ Văn Đổi");
        var newUnitId = await factory.UnitIdAsync("TGPL");
        string stampBefore;
        await using (var scope = factory.Database())
        {
            stampBefore = await scope.Db.Users.Where(u => u.Id == target.Id).Select(u => u.SecurityStamp!).SingleAsync();
        }

        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var response = await admin.SubmitAsync($"/Admin/Users/Edit/{target.Id}", new Dictionary<string, string?>
        {
            ["Input.Role"] = Roles.Leader,
            ["Input.UnitId"] = newUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.JobTitle"] = "Phó Giám đốc",
        });

        Assert.Equal("/Admin/Users", response.RedirectTarget());
        await using (var scope = factory.Database())
        {
            var user = await scope.Db.Users.SingleAsync(u => u.Id == target.Id);
            var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
            Assert.Equal([Roles.Leader], await users.GetRolesAsync(user));
            Assert.Equal(newUnitId, user.UnitId);
            Assert.Equal("Phó Giám đốc", user.JobTitle);
            Assert.NotEqual(stampBefore, user.SecurityStamp);
            var roleAudit = await scope.Db.AuditEntries
                .Where(a => a.EntityType == nameof(AppUser) && a.EntityKey == target.Id && a.Action == AuditAction.Update && a.Changes!.Contains("\"Role\""))
                .SingleAsync();
            Assert.Equal(DemoAccounts.Admin.Email, roleAudit.UserName);
            Assert.Contains("\"Old\":\"UnitHead\"", roleAudit.Changes, StringComparison.Ordinal);
            Assert.Contains("\"New\":\"Leader\"", roleAudit.Changes, StringComparison.Ordinal);
            Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppUser) && a.EntityKey == target.Id && a.Changes!.Contains("UnitId")));
        }
    }

    [Fact]
    public async Task Post_Edit_WithStaleVersion_ShowsConflictAndKeepsTheOtherSave()
    {
        var target = await factory.CreateUserAsync(Roles.Office, "VP", "Bản Gốc");
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var form = await admin.GetDocumentAsync($"/Admin/Users/Edit/{target.Id}");
        var staleVersion = form.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        await using (var scope = factory.Database())
        {
            var user = await scope.Db.Users.SingleAsync(u => u.Id == target.Id);
            user.FullName = "Người Khác Sửa";
            await scope.Db.SaveChangesAsync();
        }

        var response = await admin.SubmitAsync($"/Admin/Users/Edit/{target.Id}", new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Tôi Sửa",
            ["Input.Version"] = staleVersion,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).QuerySelector("[data-testid=concurrency-conflict]"));
        await using var check = factory.Database();
        Assert.Equal("Người Khác Sửa", await check.Db.Users.Where(u => u.Id == target.Id).Select(u => u.FullName).SingleAsync());
    }

    [Fact]
    public async Task Get_Index_SearchIgnoresDiacritics_AndFiltersByRole()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var search = await admin.GetDocumentAsync("/Admin/Users?q=tran+thi+kieu+oanh");
        var names = search.QuerySelectorAll("[data-testid=users] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(names);
        Assert.Contains(DemoAccounts.Office.FullName, names[0], StringComparison.Ordinal);
        Assert.Contains("Văn phòng Sở", names[0], StringComparison.Ordinal);

        var withD = await admin.GetDocumentAsync("/Admin/Users?q=minh+duc");
        Assert.Contains(DemoAccounts.Leader.FullName, withD.QuerySelector("[data-testid=users]")?.TextContent, StringComparison.Ordinal);

        var unitHeads = await admin.GetDocumentAsync("/Admin/Users?role=UnitHead&q=firesafety.local");
        var roles = unitHeads.QuerySelectorAll("[data-testid=role]").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal("Lãnh đạo đơn vị", r));
        var table = unitHeads.QuerySelector("[data-testid=users]")!.TextContent;
        Assert.Contains(DemoAccounts.UnitHead.FullName, table, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Office.FullName, table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Index_FilteredByStatus_ShowsOnlyDisabledAccounts()
    {
        var target = await factory.CreateUserAsync(Roles.Office, "DGTS", "Tạm Ngưng");
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        await admin.SubmitAsync($"/Admin/Users/Disable/{target.Id}", new Dictionary<string, string?>());

        var disabled = await admin.GetDocumentAsync("/Admin/Users?status=Disabled");

        var rows = disabled.QuerySelectorAll("[data-testid=users] tbody tr").ToList();
        Assert.Contains(rows, r => r.GetAttribute("data-user-id") == target.Id);
        Assert.All(rows, r => Assert.Equal("Đã vô hiệu hóa", r.QuerySelector("[data-testid=status]")?.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users/Create")]
    public async Task Get_UserPages_AsOffice_AreDenied(string url)
    {
        var office = await factory.SignedInAsync(DemoAccounts.Office);

        var response = await office.Http.GetAsync(url);

        Assert.Contains("/Account/AccessDenied", response.RedirectTarget(), StringComparison.Ordinal);
    }

    private async Task<(int Users, int Audit)> CountsAsync()
    {
        await using var scope = factory.Database();
        return (await scope.Db.Users.CountAsync(), await scope.Db.AuditEntries.CountAsync());
    }

    private IEnumerable<string> LogFiles()
    {
        var logs = Path.Combine(factory.Directory, "logs");
        if (!Directory.Exists(logs))
        {
            return [];
        }

        return Directory.EnumerateFiles(logs).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }).ToList();
    }
}

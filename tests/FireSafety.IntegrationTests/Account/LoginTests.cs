using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Account;

public sealed class LoginTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Get_Home_WhenAnonymous_RedirectsToLogin()
    {
        var client = factory.CreateAppClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_Page_IsVietnameseWithoutEntities()
    {
        var html = await factory.CreateAppClient().GetStringAsync("/Account/Login");

        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x110;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Login_WithRightPassword_SignsInAndAuditsLogin()
    {
        var client = new PageClient(factory.CreateAppClient());

        await client.SignInAsync(DemoAccounts.UnitHead);
        var home = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        await using var scope = factory.Database();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Login && a.UserName == DemoAccounts.UnitHead.Email));
    }

    [Fact]
    public async Task Post_Login_WithWrongPassword_ShowsVietnameseErrorAndAuditsFailure()
    {
        var client = new PageClient(factory.CreateAppClient());

        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Leader.Email,
            ["Input.Password"] = "sai-mat-khau-1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Contains("Email hoặc mật khẩu không đúng.", document.QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.LoginFailed && a.UserName == DemoAccounts.Leader.Email));
    }
}

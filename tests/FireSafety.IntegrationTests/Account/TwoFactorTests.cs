using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Account;

public sealed class TwoFactorTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task NewAdmin_MustTurnOnTwoFactor_BeforeUsingTheApp_ThenSignsInWithCodes()
    {
        const string email = "quantri.moi@stp.example";
        const string password = "Quantri-moi-2026";
        await CreateUserAsync(email, password, Roles.Admin);
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(email, password);

        var home = await client.Http.GetAsync("/");
        Assert.Equal("/Account/TwoFactor?required=True", home.RedirectTarget());
        var setup = await client.GetDocumentAsync("/Account/TwoFactor?required=True");
        Assert.NotNull(setup.QuerySelector("[data-testid='2fa-required']"));
        var key = setup.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await client.SubmitAsync("/Account/TwoFactor?required=True", new Dictionary<string, string?> { ["Input.Code"] = "000000" });
        Assert.Equal("Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và thử lại.", (await wrong.DocumentAsync()).FieldError("Input.Code"));

        var enabled = await client.SubmitAsync("/Account/TwoFactor?required=True", new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var enabledPage = await enabled.DocumentAsync();
        Assert.NotNull(enabledPage.QuerySelector("[data-testid='2fa-enabled']"));
        var recoveryCodes = enabledPage.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        // A fresh sign-in now asks for the second factor; a recovery code works once.
        var phone = new PageClient(factory.CreateAppClient());
        var first = await phone.SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.StartsWith("/Account/LoginWith2fa", first.RedirectTarget(), StringComparison.Ordinal);
        var second = await phone.SubmitAsync(first.RedirectTarget(), new Dictionary<string, string?> { ["Input.Code"] = recoveryCodes[0] });
        Assert.Equal("/", second.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/")).StatusCode);

        await using var scope = factory.Database();
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.TwoFactorChanged && a.UserName == email));
    }

    [Fact]
    public async Task Admin_CannotTurnTwoFactorOff()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Admin);
        var page = await client.GetDocumentAsync("/Account/TwoFactor");
        Assert.Null(page.QuerySelector("form[action*='handler=Disable']"));

        var response = await client.PostAsync("/Account/TwoFactor?handler=Disable", new Dictionary<string, string?>(), "/Account/TwoFactor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Database();
        Assert.True(await scope.Db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.TwoFactorEnabled).SingleAsync());
    }

    [Fact]
    public async Task UserWithOneTimePassword_IsSentToChangePassword_UntilChanged()
    {
        const string email = "mat.khau.tam@stp.example";
        const string password = "Tam-thoi-2026x";
        var id = await CreateUserAsync(email, password, Roles.UnitHead, mustChangePassword: true);
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(email, password);

        Assert.Equal("/Account/ChangePassword", (await client.Http.GetAsync("/Facilities")).RedirectTarget());
        var mismatch = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = password,
            ["Input.NewPassword"] = "Mat-khau-moi-2026",
            ["Input.ConfirmPassword"] = "Mat-khau-khac-2026",
        });
        Assert.Equal("Mật khẩu nhập lại không khớp.", (await mismatch.DocumentAsync()).FieldError("Input.ConfirmPassword"));

        var changed = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = password,
            ["Input.NewPassword"] = "Mat-khau-moi-2026",
            ["Input.ConfirmPassword"] = "Mat-khau-moi-2026",
        });

        Assert.Equal("/", changed.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Facilities")).StatusCode);
        await using var scope = factory.Database();
        var user = await scope.Db.Users.SingleAsync(u => u.Id == id);
        Assert.False(user.MustChangePassword);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.PasswordChanged && a.UserId == id));
    }

    private async Task<string> CreateUserAsync(string email, string password, string role, bool mustChangePassword = false)
    {
        await using var scope = factory.Database();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var unitId = await scope.Db.Units.Where(u => u.Code == "VP").Select(u => u.Id).SingleAsync();
        var user = new AppUser { UserName = email, Email = email, FullName = "Người dùng thử", UnitId = unitId, MustChangePassword = mustChangePassword };
        IdentitySeeder.ThrowOnFailure(await users.CreateAsync(user, password), email);
        IdentitySeeder.ThrowOnFailure(await users.AddToRoleAsync(user, role), email);
        return user.Id;
    }
}

public sealed class TwoFactorInputTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task EmptyCode_ShowsAMessage_NotA500()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Leader);

        var response = await client.SubmitAsync("/Account/TwoFactor", new Dictionary<string, string?> { ["Input.Code"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).FieldError("Input.Code"));
    }
}

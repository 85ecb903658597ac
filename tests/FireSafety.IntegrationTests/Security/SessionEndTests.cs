using System.Net;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// With the production re-validation interval (one minute) on fake time: a password change or a
/// disabled account ends the user's other sessions within a minute; password lengths; no sign-up.
/// </summary>
public sealed class SessionEndTests(SessionEndTests.Factory factory) : IClassFixture<SessionEndTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            With("Security:SecurityStampValidationInterval", "00:01:00");
        }
    }

    [Fact]
    public async Task PasswordChange_EndsTheUsersOtherSessions_WithinAMinute_AndKeepsTheOneThatChangedIt()
    {
        var account = DemoAccounts.OtherUnitHead;
        var phone = new PageClient(factory.CreateAppClient());
        var desktop = new PageClient(factory.CreateAppClient());
        await phone.SignInAsync(account);
        await desktop.SignInAsync(account);

        var change = await desktop.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = account.Password,
            ["Input.NewPassword"] = "doimatkhau2026",
            ["Input.ConfirmPassword"] = "doimatkhau2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        factory.Time!.Advance(TimeSpan.FromSeconds(61));
        Assert.Contains("/Account/Login", (await phone.Http.GetAsync("/")).RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await desktop.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessions_WithinAMinute()
    {
        var admin = new PageClient(factory.CreateAppClient());
        await admin.SignInAsync(DemoAccounts.Admin);
        var leader = new PageClient(factory.CreateAppClient());
        await leader.SignInAsync(DemoAccounts.Leader);
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync("/")).StatusCode);
        string id;
        await using (var scope = factory.Database())
        {
            id = await scope.Db.Users.Where(u => u.Email == DemoAccounts.Leader.Email).Select(u => u.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Users/Disable/{id}", new Dictionary<string, string?>())).StatusCode);

        factory.Time!.Advance(TimeSpan.FromSeconds(61));
        Assert.Contains("/Account/Login", (await leader.Http.GetAsync("/")).RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwords_Of64Characters_AreAccepted_ShorterThan8_AreRefusedInVietnamese()
    {
        var account = DemoAccounts.Office;
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);

        var tooShort = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = account.Password,
            ["Input.NewPassword"] = "abcde12",
            ["Input.ConfirmPassword"] = "abcde12",
        });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Equal("Mật khẩu phải có ít nhất 8 ký tự.", (await tooShort.DocumentAsync()).FieldError("Input.NewPassword"));

        var long64 = string.Concat(Enumerable.Repeat("ab3d", 16));
        var accepted = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = account.Password,
            ["Input.NewPassword"] = long64,
            ["Input.ConfirmPassword"] = long64,
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var again = new PageClient(factory.CreateAppClient());
        await again.SignInAsync(account.Email, long64);
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/Account/Register")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Account/Signup")]
    public async Task ThereIsNoSelfRegistration(string url)
    {
        var anonymous = factory.CreateAppClient();

        var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));

        // Unknown pages of an anonymous visitor go to sign-in (deny by default) or are not found; never a form.
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
        }

        var login = await (await anonymous.GetAsync(new Uri("/Account/Login", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Register", login, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Đăng ký", login, StringComparison.Ordinal);
    }
}

using System.Buffers.Binary;
using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Security;

/// <summary>Authentication and session bars of quality-bars.md.</summary>
public sealed class SessionTests : IClassFixture<SessionTests.Factory>
{
    private readonly Factory _factory;

    public SessionTests(Factory factory) => _factory = factory;

    /// <summary>A host on fake time whose security stamp is re-checked on every request.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            With("Security:SecurityStampValidationInterval", "00:00:00");
        }
    }

    [Fact]
    public async Task SignIn_SetsHostPrefixedHttpOnlySecureLaxCookie()
    {
        var client = new PageClient(_factory.CreateAppClient());
        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Leader.Email,
            ["Input.Password"] = DemoAccounts.Leader.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-FireSafety=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyMinutesIdle_ButNotBefore()
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);

        _factory.Time!.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);

        _factory.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Session_EndsAfterTwelveHours_EvenWhenActive()
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.OtherUnitHead);

        for (var i = 0; i < 11 * 3; i++)
        {
            _factory.Time!.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        }

        _factory.Time!.Advance(TimeSpan.FromMinutes(61));
        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheUsersOtherSessions()
    {
        var phone = new PageClient(_factory.CreateAppClient());
        var desktop = new PageClient(_factory.CreateAppClient());
        await phone.SignInAsync(DemoAccounts.UnitHead);
        await desktop.SignInAsync(DemoAccounts.UnitHead);
        Assert.Equal(HttpStatusCode.OK, (await desktop.Http.GetAsync("/")).StatusCode);

        var logout = await phone.SubmitAsync("/", new Dictionary<string, string?>(), "form[action='/Account/Logout']");
        Assert.Contains("/Account/Login", logout.RedirectTarget(), StringComparison.Ordinal);

        _factory.Time!.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await desktop.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PasswordHashes_UsePbkdf2WithAtLeast210000Iterations()
    {
        await using var scope = _factory.Database();
        var hash = await scope.Db.Users.Where(u => u.Email == DemoAccounts.Leader.Email).Select(u => u.PasswordHash).SingleAsync();
        var bytes = Convert.FromBase64String(hash!);

        Assert.Equal(0x01, bytes[0]); // Identity v3 format
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public void DemoAccounts_HashesComputedAhead_VerifyWithTheAppsHasher_AsTheyAre()
    {
        // "Success", not "SuccessRehashNeeded": each hash has the app's format, function and count.
        using var scope = _factory.Services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
        var stale = DemoAccounts.All
            .Where(a => hasher.VerifyHashedPassword(new AppUser(), a.PasswordHash, a.Password) != PasswordVerificationResult.Success)
            .Select(a => $"{a.Email}: {hasher.HashPassword(new AppUser(), a.Password)}")
            .ToList();

        Assert.True(stale.Count == 0, "The password hasher's settings changed; put these hashes in DemoAccounts:\n" + string.Join('\n', stale));
    }
}

/// <summary>Lockout: its own host, because it locks an account.</summary>
public sealed class LockoutTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword_AndAreAudited()
    {
        var client = new PageClient(factory.CreateAppClient());
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Account/Login", new Dictionary<string, string?>
            {
                ["Input.Email"] = DemoAccounts.Office.Email,
                ["Input.Password"] = $"wrong-password-{i}",
            });
        }

        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Office.Email,
            ["Input.Password"] = DemoAccounts.Office.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Contains("tạm thời bị khóa", document.QuerySelector(".alert-danger")?.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Database();
        var office = await scope.Db.Users.SingleAsync(u => u.Email == DemoAccounts.Office.Email);
        Assert.NotNull(office.LockoutEnd);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Lockout && a.UserId == office.Id));
        // The fifth failure is the one that locks: four plain failures, then lockouts.
        Assert.Equal(4, await scope.Db.AuditEntries.CountAsync(a => a.Action == AuditAction.LoginFailed && a.UserId == office.Id));
    }

    [Fact]
    public async Task Post_Login_WithoutAntiforgeryToken_Returns400()
    {
        var client = factory.CreateAppClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Leader.Email,
            ["Input.Password"] = DemoAccounts.Leader.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

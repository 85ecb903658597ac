using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Admin;

/// <summary>Accounts arranged straight through UserManager, so each test has its own.</summary>
internal static class AdminTestData
{
    public const string Password = "MatKhau-thu-2026";

    public sealed record TestUser(string Id, string Email, string Password);

    public static async Task<TestUser> CreateUserAsync(this FireSafetyFactory factory, string role, string unitCode = "HCTP", string fullName = "Người Dùng Thử")
    {
        await using var scope = factory.Database();
        var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
        var unitId = await scope.Db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var email = $"t{Guid.NewGuid():N}"[..13] + "@firesafety.local";
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            UnitId = unitId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        IdentitySeeder.ThrowOnFailure(await users.CreateAsync(user, Password), email);
        IdentitySeeder.ThrowOnFailure(await users.AddToRoleAsync(user, role), email);
        return new TestUser(user.Id, email, Password);
    }

    public static async Task<string> UserIdAsync(this FireSafetyFactory factory, string email)
    {
        await using var scope = factory.Database();
        return await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public static async Task<int> UnitIdAsync(this FireSafetyFactory factory, string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public static async Task<PageClient> SignedInAsync(this FireSafetyFactory factory, DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

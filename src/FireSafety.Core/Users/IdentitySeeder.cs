using Microsoft.AspNetCore.Identity;

namespace FireSafety.Core.Users;

public static class IdentitySeeder
{
    /// <summary>Creates the four roles if missing. Runs in every environment.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowOnFailure(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    public static void ThrowOnFailure(IdentityResult result, string subject)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{subject}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

using System.Globalization;
using System.Security.Claims;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FireSafety.Web.Infrastructure;

/// <summary>Adds the user's unit, display name and sign-in time to the cookie's claims.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    TimeProvider time,
    IHttpContextAccessor accessor)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    public const string UnitIdClaim = "unit_id";
    public const string FullNameClaim = "full_name";
    public const string MustChangePasswordClaim = "must_change_password";
    public const string TwoFactorClaim = "two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UnitIdClaim, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        identity.AddClaim(new Claim(MustChangePasswordClaim, user.MustChangePassword ? "true" : "false"));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        identity.AddClaim(new Claim(SessionCookies.AuthTimeClaim, SignedInAt(user)));
        return identity;
    }

    /// <summary>
    /// A refresh of the same user's sign-in (password or two-factor change) keeps the original
    /// sign-in time, so it never extends the absolute session lifetime.
    /// </summary>
    private string SignedInAt(AppUser user)
    {
        var current = accessor.HttpContext?.User;
        var existing = current?.FindFirst(SessionCookies.AuthTimeClaim)?.Value;
        return existing is not null && current!.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id
            ? existing
            : time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }
}

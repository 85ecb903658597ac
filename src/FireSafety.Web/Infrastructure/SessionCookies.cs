using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Cookie and session rules (quality-bars.md): HttpOnly, Secure, SameSite=Lax, "__Host-" prefix,
/// 30 minutes idle, 12 hours absolute, security stamp re-checked every minute.
/// </summary>
public static class SessionCookies
{
    public const string AuthTimeClaim = "auth_time";

    public static string AuthCookieName(SecurityOptions security) => security.SecureCookies ? "__Host-FireSafety" : "FireSafety";

    public static void Configure(IServiceCollection services, SecurityOptions security)
    {
        var prefix = security.SecureCookies ? "__Host-" : string.Empty;
        var securePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AuthCookieName(security);
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = security.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Events.OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteTimeout(context, security))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = prefix + "FireSafety.2fa";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = security.SecurityStampValidationInterval;
            // A refreshed principal keeps the original sign-in time, so refreshing never
            // extends the absolute session lifetime.
            o.OnRefreshingPrincipal = context =>
            {
                var authTime = context.CurrentPrincipal?.FindFirst(AuthTimeClaim);
                var identity = context.NewPrincipal?.Identity as ClaimsIdentity;
                if (authTime is not null && identity is not null)
                {
                    foreach (var stale in identity.FindAll(AuthTimeClaim).ToList())
                    {
                        identity.RemoveClaim(stale);
                    }

                    identity.AddClaim(new Claim(AuthTimeClaim, authTime.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            // TempData carries one-time passwords to the page that shows them once.
            o.Cookie.Name = prefix + "FireSafety.TempData";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = prefix + "FireSafety.Af";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });
    }

    private static bool IsPastAbsoluteTimeout(CookieValidatePrincipalContext context, SecurityOptions security)
    {
        var claim = context.Principal?.FindFirst(AuthTimeClaim)?.Value;
        if (claim is null || !long.TryParse(claim, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return true;
        }

        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var signedInAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return time.GetUtcNow() - signedInAt > security.AbsoluteTimeout;
    }
}

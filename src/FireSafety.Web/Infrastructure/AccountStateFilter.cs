using FireSafety.Core.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Sends a signed-in user who must first act on their account to the page that does it: a
/// one-time password must be changed, and an Admin must turn on two-factor sign-in.
/// </summary>
public sealed class AccountStateFilter : IAsyncPageFilter
{
    public const string ChangePasswordPage = "/Account/ChangePassword";
    public const string TwoFactorPage = "/Account/TwoFactor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    // Reads claims only (no query per request): both claims are re-issued when the security
    // stamp changes, which changing the password or the two-factor setting always does.
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.Identity?.IsAuthenticated != true || page.StartsWith("/Account/", StringComparison.Ordinal)
            || page is "/Error" or "/StatusCode" or "/Culture")
        {
            await next();
            return;
        }

        if (user.HasClaim(AppClaimsPrincipalFactory.MustChangePasswordClaim, "true"))
        {
            context.Result = new RedirectToPageResult(ChangePasswordPage);
            return;
        }

        if (user.IsInRole(Roles.Admin) && !user.HasClaim(AppClaimsPrincipalFactory.TwoFactorClaim, "true"))
        {
            context.Result = new RedirectToPageResult(TwoFactorPage, new { required = true });
            return;
        }

        await next();
    }
}

using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FireSafety.Web.Pages.Account;

/// <summary>
/// Signs out. The security stamp changes too, so the user's sessions on other devices end at
/// their next stamp check (within a minute).
/// </summary>
[Authorize]
public sealed class LogoutModel(SignInManager<AppUser> signInManager, UserManager<AppUser> userManager, AccountAuditor auditor) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            await userManager.UpdateSecurityStampAsync(user);
            await auditor.RecordAsync(AuditAction.Logout, user.UserName, user, cancellationToken: cancellationToken);
        }

        await signInManager.SignOutAsync();
        return RedirectToPage("./Login");
    }
}

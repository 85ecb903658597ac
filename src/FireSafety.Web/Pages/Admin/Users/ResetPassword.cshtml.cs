using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>
/// Replaces a user's password with a new one-time password, after a confirmation page. The user
/// must change it at the next sign-in; their open sessions end within the stamp interval; a
/// lockout is lifted. An admin changes their own password on the Change password page instead.
/// </summary>
public sealed class ResetPasswordModel(FireSafetyDbContext db, UserManager<AppUser> userManager, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        (FullName, Email) = (user.FullName, user.Email);
        IsSelf = user.Id == userManager.GetUserId(User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == userManager.GetUserId(User))
        {
            TempData.Warning(s["Hãy đổi mật khẩu của chính bạn ở trang Đổi mật khẩu."]);
            return RedirectToPage("./Edit", new { id = Id });
        }

        var password = OneTimePasswords.Generate();
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;

        // ResetPasswordAsync validates and hashes the password and renews the security stamp (which
        // ends the user's sessions), saving all of it, with the flags above, in one update.
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var result = await userManager.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            TempData.Warning(string.Join(" ", result.Errors.Select(e => e.Description)));
            return RedirectToPage("./Edit", new { id = Id });
        }

        OneTimePasswords.Show(TempData, user.Id, password);
        TempData.Success(s["Đã đặt lại mật khẩu cho {0}. Các phiên đăng nhập của người này sẽ kết thúc trong vòng một phút.", user.Email ?? user.FullName]);
        return RedirectToPage("./OneTimePassword");
    }
}

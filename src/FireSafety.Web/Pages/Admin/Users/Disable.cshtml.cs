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
/// Disables an account after a confirmation page. Sign-in refuses a disabled account
/// (UserConfirmation), and the renewed security stamp ends its open sessions within the stamp
/// interval. An admin cannot disable their own account.
/// </summary>
public sealed class DisableModel(FireSafetyDbContext db, UserManager<AppUser> userManager, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public long Version { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public bool IsSelf { get; private set; }

    public bool IsDisabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        (FullName, Email, Version, IsDisabled) = (user.FullName, user.Email, user.Version, user.IsDisabled);
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
            TempData.Warning(s["Bạn không thể vô hiệu hóa tài khoản của chính mình."]);
            return RedirectToPage("./Edit", new { id = Id });
        }

        if (!user.IsDisabled)
        {
            db.Entry(user).Property(u => u.Version).OriginalValue = Version;
            user.IsDisabled = true;

            // One save: the flag and the new stamp land together, with the Version check.
            var result = await userManager.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                TempData.Warning(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                    ? s["Tài khoản vừa được người khác thay đổi; hãy xem lại trước khi vô hiệu hóa."]
                    : string.Join(" ", result.Errors.Select(e => e.Description)));
                return RedirectToPage("./Edit", new { id = Id });
            }
        }

        TempData.Success(s["Đã vô hiệu hóa tài khoản {0}. Các phiên đăng nhập của người này sẽ kết thúc trong vòng một phút.", user.Email ?? user.FullName]);
        return RedirectToPage("./Edit", new { id = Id });
    }
}

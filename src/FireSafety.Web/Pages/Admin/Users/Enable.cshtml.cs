using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>Re-enables a disabled account: the user signs in again with their existing password.</summary>
public sealed class EnableModel(FireSafetyDbContext db, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public long Version { get; set; }

    public string FullName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public bool IsDisabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        (FullName, Email, Version, IsDisabled) = (user.FullName, user.Email, user.Version, user.IsDisabled);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        if (user.IsDisabled)
        {
            db.Entry(user).Property(u => u.Version).OriginalValue = Version;
            user.IsDisabled = false;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                TempData.Warning(s["Tài khoản vừa được người khác thay đổi; hãy xem lại trước khi kích hoạt lại."]);
                return RedirectToPage("./Edit", new { id = Id });
            }
        }

        TempData.Success(s["Đã kích hoạt lại tài khoản {0}.", user.Email ?? user.FullName]);
        return RedirectToPage("./Edit", new { id = Id });
    }
}

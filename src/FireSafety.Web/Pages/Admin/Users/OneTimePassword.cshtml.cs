using FireSafety.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>
/// Shows a newly issued one-time password, once: it comes from TempData, so reloading the page
/// (or opening it later) shows nothing. The URL names no user.
/// </summary>
public sealed class OneTimePasswordModel(FireSafetyDbContext db) : PageModel
{
    public string? UserId { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public string? Password { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (OneTimePasswords.Take(TempData) is not { } issued)
        {
            return;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == issued.UserId)
            .Select(u => new { u.Id, u.FullName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is not null)
        {
            (UserId, FullName, Email, Password) = (user.Id, user.FullName, user.Email, issued.Password);
        }
    }
}

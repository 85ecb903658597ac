using FireSafety.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>Shows a newly issued one-time password, once: reloading the page does not show it again.</summary>
public sealed class OneTimePasswordModel(FireSafetyDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public string? Password { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == Id)
            .Select(u => new { u.FullName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        (FullName, Email) = (user.FullName, user.Email);
        Password = OneTimePasswords.Take(TempData, Id);
        return Page();
    }
}

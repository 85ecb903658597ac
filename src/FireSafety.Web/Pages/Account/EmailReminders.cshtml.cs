using FireSafety.Core.Data;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Account;

/// <summary>
/// The signed-in user chooses which groups of notifications also come by e-mail (in the app they
/// always come). Saved on the user, audited like every change.
/// </summary>
[Authorize]
public sealed class EmailRemindersModel(FireSafetyDbContext db, ICurrentUser currentUser, EmailOptions options, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public List<string> Groups { get; set; } = [];

    [BindProperty]
    public long Version { get; set; }

    public string? Email { get; private set; }

    public bool EmailConfigured => options.Enabled;

    public IReadOnlySet<string> Wanted { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        return user is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        db.Entry(user).Property(u => u.Version).OriginalValue = Version;
        user.EmailOptOut = EmailPreferences.OptOutFor(Groups);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, s["Tài khoản vừa được cập nhật ở nơi khác. Vui lòng xem lại rồi lưu lại."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData.Success(s["Đã lưu lựa chọn nhận thông báo qua e-mail."]);
        return RedirectToPage();
    }

    private async Task<AppUser?> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken);
        if (user is not null)
        {
            Email = user.Email;
            Wanted = EmailPreferences.Wanted(user.EmailOptOut);
            Version = user.Version;
            ModelState.Remove(nameof(Version));
        }

        return user;
    }
}

using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace FireSafety.Web.Pages.Account;

/// <summary>Turns on TOTP two-factor sign-in (required for Admin), and manages recovery codes.</summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AccountAuditor auditor,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public bool IsEnabled { get; private set; }

    public bool IsAdmin { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public string[]? RecoveryCodes { get; private set; }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Input.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)
            || !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", s["Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và thử lại."]);
            await LoadAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await auditor.RecordAsync(AuditAction.TwoFactorChanged, user.UserName, user, "enabled", cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        TempData.Success(s["Đã bật xác thực hai lớp."]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await userManager.IsInRoleAsync(user, Roles.Admin))
        {
            TempData.Warning(s["Tài khoản quản trị không được tắt xác thực hai lớp."]);
            return RedirectToPage();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await auditor.RecordAsync(AuditAction.TwoFactorChanged, user.UserName, user, "disabled", cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        TempData.Success(s["Đã tắt xác thực hai lớp."]);
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsAdmin = await userManager.IsInRoleAsync(user, Roles.Admin);
        RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user);
        if (IsEnabled)
        {
            return;
        }

        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user) ?? string.Empty;
            // Resetting the key renews the security stamp; keep this session alive while the
            // user scans the code (the stamp is re-checked every minute).
            await signInManager.RefreshSignInAsync(user);
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var uri = $"otpauth://totp/FireSafety:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer=FireSafety&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}

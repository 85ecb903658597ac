using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Account;

/// <summary>Second step of sign-in: an authenticator code or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginWith2faModel(
    SignInManager<AppUser> signInManager,
    AccountAuditor auditor,
    IValidator<LoginWith2faModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Code { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> s) =>
            RuleFor(x => x.Code).NotEmpty().WithMessage(_ => s["Vui lòng nhập mã xác thực."])
                .MaximumLength(20).WithMessage(_ => s["Mã xác thực không hợp lệ."]);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal));

        if (result.Succeeded)
        {
            await auditor.RecordAsync(AuditAction.Login, user.UserName, user, "two-factor", cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            await auditor.RecordAsync(AuditAction.Lockout, user.UserName, user, "two-factor", cancellationToken);
            ModelState.AddModelError(string.Empty, s["Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."]);
            return Page();
        }

        await auditor.RecordAsync(AuditAction.LoginFailed, user.UserName, user, "wrong two-factor code", cancellationToken);
        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), s["Mã xác thực không đúng."]);
        return Page();
    }
}

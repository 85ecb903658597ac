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

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    AccountAuditor auditor,
    IValidator<LoginModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage(_ => s["Vui lòng nhập email."])
                .MaximumLength(256).WithMessage(_ => s["Email quá dài."])
                .EmailAddress().WithMessage(_ => s["Email không hợp lệ."]);
            RuleFor(x => x.Password).NotEmpty().WithMessage(_ => s["Vui lòng nhập mật khẩu."])
                .MaximumLength(SecurityOptions.MaximumPasswordLength).WithMessage(_ => s["Mật khẩu quá dài."]);
        }
    }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            // Hash anyway, so the answer time does not tell whether the e-mail has an account.
            userManager.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash(userManager), Input.Password);
            await auditor.RecordAsync(AuditAction.LoginFailed, Input.Email, null, "unknown user", cancellationToken);
            return Failed(s["Email hoặc mật khẩu không đúng."]);
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await auditor.RecordAsync(AuditAction.Login, user.UserName, user, cancellationToken: cancellationToken);
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            await auditor.RecordAsync(AuditAction.Lockout, user.UserName, user, cancellationToken: cancellationToken);
            return Failed(s["Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."]);
        }

        if (result.IsNotAllowed)
        {
            // Only someone who knows the password learns that the account is disabled; wrong
            // guesses still count towards the lockout.
            if (await userManager.CheckPasswordAsync(user, Input.Password))
            {
                await auditor.RecordAsync(AuditAction.LoginFailed, user.UserName, user, "disabled", cancellationToken);
                return Failed(s["Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên."]);
            }

            await userManager.AccessFailedAsync(user);
        }

        await auditor.RecordAsync(AuditAction.LoginFailed, user.UserName, user, "wrong password", cancellationToken);
        return Failed(s["Email hoặc mật khẩu không đúng."]);
    }

    private static string? _dummyHash;

    private static string DummyHash(UserManager<AppUser> users) =>
        _dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), "not-a-real-password-" + Guid.NewGuid());

    private PageResult Failed(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}

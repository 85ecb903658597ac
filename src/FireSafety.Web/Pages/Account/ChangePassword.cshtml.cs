using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Account;

/// <summary>
/// Changes the signed-in user's password. The new security stamp ends the user's other sessions;
/// this one is refreshed and continues.
/// </summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AccountAuditor auditor,
    IValidator<ChangePasswordModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool MustChange { get; private set; }

    public sealed class InputModel
    {
        public string CurrentPassword { get; set; } = string.Empty;

        public string NewPassword { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => s["Vui lòng nhập mật khẩu hiện tại."]);
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => s["Vui lòng nhập mật khẩu mới."])
                .MinimumLength(SecurityOptions.MinimumPasswordLength).WithMessage(_ => s["Mật khẩu phải có ít nhất {0} ký tự.", SecurityOptions.MinimumPasswordLength])
                .MaximumLength(SecurityOptions.MaximumPasswordLength).WithMessage(_ => s["Mật khẩu không được dài quá {0} ký tự.", SecurityOptions.MaximumPasswordLength])
                .NotEqual(x => x.CurrentPassword).WithMessage(_ => s["Mật khẩu mới phải khác mật khẩu hiện tại."]);
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => s["Mật khẩu nhập lại không khớp."]);
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        MustChange = user.MustChangePassword;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var result = await userManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(key, error.Description);
            }

            return Page();
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await userManager.UpdateAsync(user);
        }

        await auditor.RecordAsync(AuditAction.PasswordChanged, user.UserName, user, cancellationToken: cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        TempData.Success(s["Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn sẽ kết thúc trong vòng một phút."]);
        return RedirectToPage("/Index");
    }
}

using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>
/// Creates an account with a one-time password (there is no self-registration). The user must
/// choose their own password at the first sign-in (AccountStateFilter).
/// </summary>
public sealed class CreateModel(
    FireSafetyDbContext db,
    UserManager<AppUser> userManager,
    TimeProvider time,
    IValidator<CreateModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> RoleOptions { get; private set; } = [];

    public sealed class InputModel
    {
        public string Email { get; set; } = string.Empty;

        public string FullName { get; set; } = string.Empty;

        public string? JobTitle { get; set; }

        public int? UnitId { get; set; }

        public string? Role { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => s["Vui lòng nhập email."])
                .MaximumLength(UserForms.MaxEmailLength).WithMessage(_ => s["Email quá dài."])
                .EmailAddress().WithMessage(_ => s["Email không hợp lệ."])
                .Must(e => e.Trim().All(UserForms.AllowedEmailCharacters.Contains))
                .WithMessage(_ => s["Email chỉ được gồm chữ cái không dấu, chữ số và các ký tự . _ - + @."]);
            RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => s["Vui lòng nhập họ và tên."])
                .MaximumLength(UserForms.MaxFullNameLength).WithMessage(_ => s["Họ và tên không được dài quá {0} ký tự.", UserForms.MaxFullNameLength]);
            RuleFor(x => x.JobTitle).MaximumLength(UserForms.MaxJobTitleLength)
                .WithMessage(_ => s["Chức vụ không được dài quá {0} ký tự.", UserForms.MaxJobTitleLength]);
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
            RuleFor(x => x.Role).Must(UserForms.IsRole).WithMessage(_ => s["Vui lòng chọn vai trò."]);
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadListsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        validation.AddToModelState(ModelState, nameof(Input));
        var email = Input.Email?.Trim() ?? string.Empty;
        if (Input.UnitId is { } unitId && !await UserForms.IsAssignableUnitAsync(db, unitId, null, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", s["Đơn vị không hợp lệ."]);
        }

        if (ModelState.GetFieldValidationState("Input.Email") != ModelValidationState.Invalid
            && await userManager.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError("Input.Email", s["Email {0} đã được sử dụng.", email]);
        }

        if (!ModelState.IsValid)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = Input.FullName.Trim(),
            JobTitle = string.IsNullOrWhiteSpace(Input.JobTitle) ? null : Input.JobTitle.Trim(),
            UnitId = Input.UnitId!.Value,
            MustChangePassword = true,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var password = OneTimePasswords.Generate();

        // The account and its role land together, or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, Input.Role!);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                    ? "Input.Email"
                    : string.Empty;
                ModelState.AddModelError(key, error.Description);
            }

            await LoadListsAsync(cancellationToken);
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        OneTimePasswords.Show(TempData, user.Id, password);
        TempData.Success(s["Đã tạo tài khoản {0}.", email]);
        return RedirectToPage("./OneTimePassword");
    }

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Units = await UnitOptions.ListAsync(db, Input.UnitId, cancellationToken: cancellationToken);
        RoleOptions = UserForms.RoleList(s, Input.Role);
    }
}

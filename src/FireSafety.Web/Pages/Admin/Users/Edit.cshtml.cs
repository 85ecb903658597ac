using FireSafety.Core.Auditing;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>
/// Edits a user's profile, unit and role. Profile fields are saved through the context (with the
/// app's Version check, like every editable record); the role through UserManager. A new unit or
/// role renews the security stamp, so the user's session ends within the stamp interval and the
/// next sign-in carries the new role and unit claims.
/// </summary>
public sealed class EditModel(
    FireSafetyDbContext db,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    ICurrentUser currentUser,
    TimeProvider time,
    IValidator<EditModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AccountSummary Account { get; private set; } = new(string.Empty, null, false, false, false, false, default);

    public ConcurrencyConflict? Conflict { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public List<SelectListItem> RoleOptions { get; private set; } = [];

    public sealed record AccountSummary(
        string FullName, string? Email, bool IsDisabled, bool IsLockedOut, bool TwoFactorEnabled, bool MustChangePassword, DateTime CreatedAtUtc)
    {
        public bool IsSelf { get; init; }
    }

    public sealed class InputModel
    {
        public string FullName { get; set; } = string.Empty;

        public string? JobTitle { get; set; }

        public int? UnitId { get; set; }

        public string? Role { get; set; }

        public long Version { get; set; }

        /// <summary>Field labels for the concurrency-conflict table.</summary>
        public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
        {
            [nameof(AppUser.FullName)] = "Họ và tên",
            [nameof(AppUser.JobTitle)] = "Chức vụ",
            [nameof(AppUser.UnitId)] = "Đơn vị",
        };
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => s["Vui lòng nhập họ và tên."])
                .MaximumLength(UserForms.MaxFullNameLength).WithMessage(_ => s["Họ và tên không được dài quá {0} ký tự.", UserForms.MaxFullNameLength]);
            RuleFor(x => x.JobTitle).MaximumLength(UserForms.MaxJobTitleLength)
                .WithMessage(_ => s["Chức vụ không được dài quá {0} ký tự.", UserForms.MaxJobTitleLength]);
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
            RuleFor(x => x.Role).Must(UserForms.IsRole).WithMessage(_ => s["Vui lòng chọn vai trò."]);
        }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            FullName = user.FullName,
            JobTitle = user.JobTitle,
            UnitId = user.UnitId,
            Role = await UserForms.RoleOfAsync(db, user.Id, cancellationToken),
            Version = user.Version,
        };
        Account = Summarize(user);
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        Account = Summarize(user);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        validation.AddToModelState(ModelState, nameof(Input));
        if (Input.UnitId is { } unitId && !await UserForms.IsAssignableUnitAsync(db, unitId, user.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", s["Đơn vị không hợp lệ."]);
        }

        var isSelf = Account.IsSelf;
        if (isSelf && UserForms.IsRole(Input.Role) && Input.Role != Roles.Admin)
        {
            ModelState.AddModelError("Input.Role", s["Bạn không thể bỏ vai trò Quản trị hệ thống của chính mình."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var oldRole = await UserForms.RoleOfAsync(db, user.Id, cancellationToken);
        var roleChanged = oldRole != Input.Role;
        var unitChanged = user.UnitId != Input.UnitId;

        // The version is checked (and bumped) even when only the role changes: the role lives in
        // another table, and a stale form must not overwrite someone else's change silently.
        var version = db.Entry(user).Property(u => u.Version);
        version.OriginalValue = Input.Version;
        version.IsModified = true;
        user.FullName = Input.FullName.Trim();
        user.JobTitle = string.IsNullOrWhiteSpace(Input.JobTitle) ? null : Input.JobTitle.Trim();
        user.UnitId = Input.UnitId!.Value;
        if (roleChanged)
        {
            // The join-table rows are audited by the context too, but only with ids; this line says
            // in words what changed, on the user's own audit key.
            db.AuditEntries.Add(RoleChangeEntry(user, oldRole, Input.Role!));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, InputModel.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var result = IdentityResult.Success;
        if (roleChanged)
        {
            result = await userManager.RemoveFromRolesAsync(user, await userManager.GetRolesAsync(user));
            if (result.Succeeded)
            {
                result = await userManager.AddToRoleAsync(user, Input.Role!);
            }
        }

        if (result.Succeeded && (roleChanged || unitChanged))
        {
            result = await userManager.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            await LoadListsAsync(cancellationToken);
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        if (isSelf && (roleChanged || unitChanged))
        {
            // The admin's own cookie would fail the next stamp check; re-issue it instead.
            await signInManager.RefreshSignInAsync(user);
        }

        TempData.Success(roleChanged || unitChanged
            ? s["Đã lưu tài khoản {0}. Phiên đăng nhập hiện tại của người dùng này sẽ kết thúc trong vòng một phút.", user.Email ?? user.FullName]
            : s["Đã lưu tài khoản {0}.", user.Email ?? user.FullName]);
        return RedirectToPage("./Index");
    }

    private AuditEntry RoleChangeEntry(AppUser user, string? oldRole, string newRole) =>
        AuditEntry.For(currentUser, time, AuditAction.Update, nameof(AppUser), user.Id, new Dictionary<string, AuditChange> { ["Role"] = new(oldRole, newRole) });

    private AccountSummary Summarize(AppUser user) => new(
        user.FullName, user.Email, user.IsDisabled, user.LockoutEnd > time.GetUtcNow(), user.TwoFactorEnabled, user.MustChangePassword, user.CreatedAtUtc)
    {
        IsSelf = user.Id == userManager.GetUserId(User),
    };

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Units = await UnitOptions.ListAsync(db, Input.UnitId, cancellationToken: cancellationToken);
        RoleOptions = UserForms.RoleList(s, Input.Role);
    }
}

using FireSafety.Core.Data;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>What the user pages share: the role list, and the one role a user holds.</summary>
public static class UserForms
{
    /// <summary>The e-mail is also the user name, so it may only hold what Identity allows in one.</summary>
    public static readonly string AllowedEmailCharacters = new Microsoft.AspNetCore.Identity.UserOptions().AllowedUserNameCharacters;

    public const int MaxEmailLength = 256;
    public const int MaxFullNameLength = 100;
    public const int MaxJobTitleLength = 100;

    public static List<SelectListItem> RoleList(IStringLocalizer s, string? selected) =>
        [.. Roles.All.Select(r => new SelectListItem(s[Roles.DisplayName(r)], r, r == selected))];

    public static bool IsRole(string? role) => role is not null && Roles.All.Contains(role);

    /// <summary>The user's role (a user has exactly one), in one query over the join table.</summary>
    public static Task<string?> RoleOfAsync(FireSafetyDbContext db, string userId, CancellationToken cancellationToken) =>
        db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .OrderBy(name => name)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A unit a user may be put in: an existing active unit, or the one they are in already.</summary>
    public static Task<bool> IsAssignableUnitAsync(FireSafetyDbContext db, int unitId, int? currentUnitId, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Id == unitId && (u.IsActive || u.Id == currentUnitId), cancellationToken);
}

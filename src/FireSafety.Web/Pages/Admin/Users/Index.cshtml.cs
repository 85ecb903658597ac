using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>The user list: paged, searchable without diacritics, filtered by role, unit and status.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    public enum StatusFilter
    {
        Active,
        Disabled,
        LockedOut,
    }

    public sealed record Row(
        string Id, string FullName, string? Email, string? JobTitle, string UnitName, string? Role,
        bool IsDisabled, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusFilter? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>The unit picker when the units are too many for a drop-down (ADR 0094); null otherwise.</summary>
    public Picker? UnitPicker { get; private set; }

    public List<SelectListItem> RoleOptions { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool IsLockedOut(Row row) => row.LockoutEnd > Now;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var users = db.Users.AsNoTracking().WhereMatches(Q);
        if (UnitId is not null)
        {
            users = users.Where(u => u.UnitId == UnitId);
        }

        if (UserForms.IsRole(Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        }

        switch (Status)
        {
            case StatusFilter.Active:
                users = users.Where(u => !u.IsDisabled);
                break;
            case StatusFilter.Disabled:
                users = users.Where(u => u.IsDisabled);
                break;
            case StatusFilter.LockedOut:
                var lockedOut = await LockedOutIdsAsync(cancellationToken);
                users = users.Where(u => lockedOut.Contains(u.Id));
                break;
        }

        // One statement: the role comes from a correlated join over AspNetUserRoles/AspNetRoles,
        // evaluated only for the rows of the page. SearchText begins with the folded full name, so
        // ordering by it sorts names alphabetically whatever their diacritics.
        Rows = await PagedList<Row>.CreateAsync(
            users.OrderBy(u => u.SearchText).ThenBy(u => u.Id)
                .Select(u => new Row(
                    u.Id, u.FullName, u.Email, u.JobTitle, u.Unit!.Name,
                    db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                    u.IsDisabled, u.LockoutEnd, u.TwoFactorEnabled)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
        UnitPicker = Picker.Offer(Units, PickerKind.Units, () => Url.Page("/Lookup/Units"));
        RoleOptions = UserForms.RoleList(s, Role);
    }

    /// <summary>
    /// SQLite cannot compare DateTimeOffset values in SQL, so the lockout end is compared here.
    /// Only accounts that were ever locked out have one: a handful of rows.
    /// </summary>
    private async Task<List<string>> LockedOutIdsAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null)
            .Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
        return [.. candidates.Where(c => c.LockoutEnd > Now).Select(c => c.Id)];
    }
}

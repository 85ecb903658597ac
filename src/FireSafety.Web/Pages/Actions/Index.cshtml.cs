using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Actions;

/// <summary>Corrective actions of the user's scope: filtered, overdue first, paged.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time) : PageModel
{
    public enum StatusFilter
    {
        Open,
        Overdue,
        Fixed,
        Verified,
    }

    public sealed record Row(int Id, string Title, string UnitName, ActionSource Source, Severity Severity, string? OwnerName, DateOnly DueOn, ActionStatus Status);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusFilter? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionSource? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public Severity? Severity { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public DateOnly Today { get; private set; }

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        Today = VietnamTime.Today(time);
        var today = Today;
        var query = db.CorrectiveActions.AsNoTracking().WhereMatches(Q);
        if (UnitId is not null)
        {
            query = query.Where(a => a.UnitId == UnitId);
        }

        if (Source is { } source)
        {
            query = query.Where(a => a.Source == source);
        }

        if (Severity is { } severity)
        {
            query = query.Where(a => a.Severity == severity);
        }

        query = Status switch
        {
            StatusFilter.Open => query.Where(a => a.Status == ActionStatus.Open),
            StatusFilter.Overdue => query.Where(a => a.Status == ActionStatus.Open && a.DueOn < today),
            StatusFilter.Fixed => query.Where(a => a.Status == ActionStatus.Fixed),
            StatusFilter.Verified => query.Where(a => a.Status == ActionStatus.Verified),
            _ => query,
        };

        // Overdue first, then open by due date, then awaiting verification, then verified (latest first).
        var ordered = query
            .OrderBy(a => a.Status == ActionStatus.Verified ? 3 : a.Status == ActionStatus.Fixed ? 2 : a.DueOn < today ? 0 : 1)
            .ThenBy(a => a.Status == ActionStatus.Verified ? DateOnly.MinValue : a.DueOn)
            .ThenBy(a => a.Severity)
            .ThenByDescending(a => a.Id);
        Rows = await PagedList<Row>.CreateAsync(
            ordered.Select(a => new Row(a.Id, a.Title, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.Source, a.Severity, a.OwnerName, a.DueOn, a.Status)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }

    public static string FilterLabel(StatusFilter filter) => filter switch
    {
        StatusFilter.Open => "Chưa khắc phục",
        StatusFilter.Overdue => "Quá hạn",
        StatusFilter.Fixed => "Chờ xác nhận",
        _ => "Đã xác nhận",
    };

    public static string Date(DateOnly date) => date.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);
}

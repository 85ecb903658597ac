using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Actions;

/// <summary>Corrective actions of the user's scope: filtered, overdue first, paged; exported to Excel with the same filters.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public enum StatusFilter
    {
        Open,
        Overdue,
        Fixed,
        Verified,
    }

    public sealed record Row(int Id, string Title, string UnitName, ActionSource Source, Severity Severity, string? OwnerName, DateOnly DueOn, ActionStatus Status, DateTime CreatedAtUtc);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusFilter? Status { get; set; }

    /// <summary>How long ago the action was created (the dashboard's age bands of open actions).</summary>
    [BindProperty(SupportsGet = true)]
    public AgeBand? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionSource? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public Severity? Severity { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        Rows = await PageAsync(db, Listed(Filtered(Today)), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The actions as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var rows = await Listed(Filtered(today)).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Biện pháp khắc phục"],
            [s["Đơn vị"], s["Biện pháp"], s["Nguồn"], s["Mức độ"], s["Người phụ trách"], s["Hạn"], s["Trạng thái"], s["Quá hạn"], s["Ngày tạo"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.Title, s[ActionLabels.Source(r.Source)].Value, s[ActionLabels.Severity(r.Severity)].Value, r.OwnerName, Date(r.DueOn),
                s[ActionLabels.Status(r.Status)].Value, ActionWorkflow.IsOverdue(r.Status, r.DueOn, today) ? s["Có"].Value : s["Không"].Value,
                Date(VietnamTime.ToLocalDate(r.CreatedAtUtc))]));
        return File(bytes, ExcelSheet.ContentType, $"bien-phap-khac-phuc-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The actions of the current filter (the unit scope applies); the list pages them, the export writes them all.</summary>
    private IQueryable<CorrectiveAction> Filtered(DateOnly today)
    {
        var query = db.CorrectiveActions.AsNoTracking().WhereMatches(Q).ForUnits(db, UnitId, Under);
        if (Source is { } source)
        {
            query = query.Where(a => a.Source == source);
        }

        if (Severity is { } severity)
        {
            query = query.Where(a => a.Severity == severity);
        }

        if (Age is { } age)
        {
            var (fromUtc, beforeUtc) = ActionAge.CreatedRange(age, today);
            if (fromUtc is { } from)
            {
                query = query.Where(a => a.CreatedAtUtc >= from);
            }

            if (beforeUtc is { } before)
            {
                query = query.Where(a => a.CreatedAtUtc < before);
            }
        }

        return Status switch
        {
            StatusFilter.Open => query.Where(a => a.Status == ActionStatus.Open),
            StatusFilter.Overdue => query.Where(a => a.Status == ActionStatus.Open && a.DueOn < today),
            StatusFilter.Fixed => query.Where(a => a.Status == ActionStatus.Fixed),
            StatusFilter.Verified => query.Where(a => a.Status == ActionStatus.Verified),
            _ => query,
        };
    }

    /// <summary>Overdue first, then open by due date, then awaiting verification, then verified (latest first).</summary>
    private IQueryable<Row> Listed(IQueryable<CorrectiveAction> query)
    {
        var today = VietnamTime.Today(time);
        return query
            .OrderBy(a => a.Status == ActionStatus.Verified ? 3 : a.Status == ActionStatus.Fixed ? 2 : a.DueOn < today ? 0 : 1)
            .ThenBy(a => a.Status == ActionStatus.Verified ? DateOnly.MinValue : a.DueOn)
            .ThenBy(a => a.Severity)
            .ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, a.Title, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.Source, a.Severity, a.OwnerName, a.DueOn, a.Status, a.CreatedAtUtc));
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

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Incidents;

/// <summary>
/// The incident register: filters (year, unit with its sub-units, type), a page of rows and the
/// totals of the same filter from <see cref="IncidentTotals"/>, the service the dashboard and the
/// annual summary use, so the three always agree.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, IncidentTotals totals, TimeProvider time, IAuthorizationService authorization, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, IncidentType Type, DateTime OccurredAtUtc, string UnitName, string Place, string Summary, int Deaths, int Injured, long PropertyLostVnd, bool Recorded);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public IncidentType? Type { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public IncidentTotalsResult Totals { get; private set; } = null!;

    public List<int> Years { get; private set; } = [];

    public bool CanReport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = Filter();
        Rows = await PageAsync(db, Listed(await filter.ApplyAsync(db, cancellationToken)), cancellationToken);
        Totals = await CachedAsync(db, "totals", ct => totals.ComputeAsync(filter, ct), cancellationToken);

        var thisYear = VietnamTime.Today(time).Year;
        var first = await db.Incidents.AsNoTracking().MinAsync(i => (DateTime?)i.OccurredAtUtc, cancellationToken);
        var firstYear = first is { } f ? Math.Min(VietnamTime.ToLocalDate(f).Year, thisYear) : thisYear;
        Years = [.. Enumerable.Range(firstYear, thisYear - firstYear + 1).Reverse()];
        await LoadUnitFilterAsync(db, cancellationToken);
        CanReport = (await authorization.AuthorizeAsync(User, Permissions.ReportIncidents)).Succeeded;
    }

    /// <summary>The register as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var query = await Filter().ApplyAsync(db, cancellationToken);
        var rows = await Listed(query).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Sự việc cháy, nổ, cứu nạn"],
            [s["Thời gian xảy ra"], s["Loại"], s["Đơn vị"], s["Địa điểm"], s["Tóm tắt"], s["Số người chết"], s["Số người bị thương"], s["Thiệt hại tài sản (đồng)"], s["Đã ghi nhận"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                IncidentLabels.Time(r.OccurredAtUtc), s[IncidentLabels.Type(r.Type)].Value, r.UnitName, r.Place, r.Summary, r.Deaths, r.Injured, r.PropertyLostVnd,
                r.Recorded ? s["Có"].Value : s["Không"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"su-viec-chay-no-{VietnamTime.Today(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The filter of the list, its totals and its export (the unit scope applies).</summary>
    private IncidentFilter Filter()
    {
        if (Type is { } type && !Enum.IsDefined(type))
        {
            Type = null;
        }

        return new IncidentFilter(Year, UnitId, Type, Under);
    }

    /// <summary>Latest first.</summary>
    private IQueryable<Row> Listed(IQueryable<Incident> query) =>
        query.OrderByDescending(i => i.OccurredAtUtc).ThenByDescending(i => i.Id)
            .Select(i => new Row(
                i.Id, i.Type, i.OccurredAtUtc,
                db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                i.Place, i.Summary, i.Deaths, i.Injured, i.PropertyLostVnd, i.RecordedAtUtc != null));

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>
/// Dissemination sessions of the user's scope, newest first, filtered by unit, year, form and
/// topic (the annual summary's figures link here with exactly these filters).
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, string UnitName, DisseminationForm Form, DateOnly HeldOn, string Topic, int Attendees, string? Notes, Guid? EvidenceFileId);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DisseminationForm? Form { get; set; }

    /// <summary>Part of the topic, e.g. "02-KL/TW".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    /// <summary>Attendees of every session the filters select (not only this page).</summary>
    public long TotalAttendees { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Filtered();
        TotalAttendees = await query.SumAsync(a => (long)a.Attendees, cancellationToken);
        Rows = await PageAsync(db, Listed(query), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The sessions as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Tuyên truyền, phổ biến"],
            [s["Đơn vị"], s["Ngày"], s["Hình thức"], s["Chủ đề"], s["Số người tham dự"], s["Ghi chú"], s["Có tệp minh chứng"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.HeldOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture), s[DisseminationLabels.Form(r.Form)].Value,
                r.Topic, r.Attendees, r.Notes, r.EvidenceFileId is null ? s["Không"].Value : s["Có"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"tuyen-truyen-pccc-{VietnamTime.Today(time).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The sessions of the current filter (the unit scope applies).</summary>
    private IQueryable<DisseminationActivity> Filtered()
    {
        var query = db.DisseminationActivities.AsNoTracking().ForUnits(db, UnitId, Under);
        if (Year is { } year)
        {
            var from = new DateOnly(Math.Clamp(year, 1, 9999), 1, 1);
            var to = new DateOnly(Math.Clamp(year, 1, 9999), 12, 31);
            query = query.Where(a => a.HeldOn >= from && a.HeldOn <= to);
        }

        if (Form is not null)
        {
            query = query.Where(a => a.Form == Form);
        }

        if (!string.IsNullOrWhiteSpace(Topic))
        {
            var topic = Topic.Trim();
            query = query.Where(a => a.Topic.Contains(topic));
        }

        return query;
    }

    /// <summary>Newest first.</summary>
    private IQueryable<Row> Listed(IQueryable<DisseminationActivity> query) =>
        query.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.Form, a.HeldOn, a.Topic, a.Attendees, a.Notes, a.EvidenceFileId));
}

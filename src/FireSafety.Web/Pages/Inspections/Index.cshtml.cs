using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>Self-inspections of the user's scope (drafts first, then latest), with each unit's rhythm for a unit head.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, string UnitName, string FacilityName, DateOnly InspectedOn, InspectionStatus Status, int Passed, int Applicable, int Findings);

    [BindProperty(SupportsGet = true)]
    public InspectionStatus? Status { get; set; }

    /// <summary>Inspections held in this year (the annual summary's figures link here).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>With <see cref="Year"/>: inspections held in this month (1–12) of that year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public List<UnitCalendar> Rhythms { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        Rows = await PageAsync(db, Listed(Filtered()), cancellationToken);

        if (IsUnitView)
        {
            Rhythms = await InspectionCalendar.LoadAsync(db, Today.AddYears(-1), Today, cancellationToken: cancellationToken);
        }

        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The inspections as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Tự kiểm tra"],
            [s["Đơn vị"], s["Cơ sở"], s["Ngày kiểm tra"], s["Trạng thái"], s["Số tiêu chí đạt"], s["Số tiêu chí áp dụng"], s["Điểm"], s["Số tồn tại"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.FacilityName, r.InspectedOn.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture), s[InspectionLabels.Status(r.Status)].Value,
                r.Passed, r.Applicable, r.Status == InspectionStatus.Submitted ? InspectionScore.Format(r.Passed, r.Applicable) : null, r.Findings]));
        return File(bytes, ExcelSheet.ContentType, $"tu-kiem-tra-{VietnamTime.Today(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The inspections of the current filter (the unit scope applies).</summary>
    private IQueryable<Inspection> Filtered()
    {
        var query = db.Inspections.AsNoTracking().ForUnits(db, UnitId, Under);
        if (Year is >= 2000 and <= 2100)
        {
            // A month narrows the year to that month; without a year it means nothing.
            var from = Month is >= 1 and <= 12 ? new DateOnly(Year.Value, Month.Value, 1) : new DateOnly(Year.Value, 1, 1);
            var to = Month is >= 1 and <= 12 ? from.AddMonths(1).AddDays(-1) : new DateOnly(Year.Value, 12, 31);
            query = query.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        return query;
    }

    /// <summary>Drafts first, then latest.</summary>
    private IQueryable<Row> Listed(IQueryable<Inspection> query) =>
        query.OrderBy(i => i.Status).ThenByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .Select(i => new Row(
                i.Id,
                db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                db.Facilities.Where(f => f.Id == i.FacilityId).Select(f => f.Name).FirstOrDefault() ?? string.Empty,
                i.InspectedOn, i.Status, i.Passed, i.Applicable,
                db.Findings.Count(f => f.InspectionId == i.Id)));
}

using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FireSafety.Web.Pages.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>
/// Deficiencies found by submitted self-inspections (not the ones carried over from an earlier
/// inspection), filtered by year, unit, severity and state: remedied = its corrective action verified, open = the
/// rest. The annual summary's figures link here and count the same way.
/// </summary>
public sealed class FindingsModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public enum StateFilter
    {
        Open,
        Remedied,
    }

    public sealed record Row(int Id, int InspectionId, string ItemCode, string ItemText, string UnitName, DateOnly InspectedOn, Severity Severity, ActionStatus? ActionStatus, int? ActionId);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public StateFilter? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Severity? Severity { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await PageAsync(db, Listed(Filtered()), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The deficiencies as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Tồn tại"],
            [s["Đơn vị"], s["Ngày kiểm tra"], s["Mã tiêu chí"], s["Tồn tại"], s["Mức độ"], s["Tình trạng"], s["Biện pháp khắc phục"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.InspectedOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture), r.ItemCode, r.ItemText,
                s[ActionLabels.Severity(r.Severity)].Value,
                s[StateLabel(r.ActionStatus == ActionStatus.Verified ? StateFilter.Remedied : StateFilter.Open)].Value,
                r.ActionStatus is { } status ? s[ActionLabels.Status(status)].Value : null]));
        return File(bytes, ExcelSheet.ContentType, $"ton-tai-tu-kiem-tra-{VietnamTime.Today(time).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The deficiencies of the current filter (the unit scope applies).</summary>
    private IQueryable<Finding> Filtered()
    {
        var inspections = db.Inspections.AsNoTracking().Where(i => i.Status == InspectionStatus.Submitted);
        if (Year is >= 2000 and <= 2100)
        {
            var from = new DateOnly(Year.Value, 1, 1);
            var to = new DateOnly(Year.Value, 12, 31);
            inspections = inspections.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }

        var query = db.Findings.AsNoTracking().Where(f => !f.CarriedOver && inspections.Any(i => i.Id == f.InspectionId)).ForUnits(db, UnitId, Under);
        if (Severity is { } severity)
        {
            query = query.Where(f => f.Severity == severity);
        }

        return State switch
        {
            StateFilter.Remedied => query.Where(f => db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified)),
            StateFilter.Open => query.Where(f => !db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified)),
            _ => query,
        };
    }

    private IQueryable<Row> Listed(IQueryable<Finding> query) =>
        query.OrderByDescending(f => f.InspectionId).ThenBy(f => f.ItemCode).ThenBy(f => f.Id)
            .Select(f => new Row(
                f.Id, f.InspectionId, f.ItemCode, f.ItemText,
                db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                db.Inspections.Where(i => i.Id == f.InspectionId).Select(i => i.InspectedOn).First(),
                f.Severity,
                db.CorrectiveActions.Where(a => a.Id == f.ActionId).Select(a => (ActionStatus?)a.Status).FirstOrDefault(),
                f.ActionId));

    public static string StateLabel(StateFilter state) => state == StateFilter.Remedied ? "Đã khắc phục" : "Chưa khắc phục";
}

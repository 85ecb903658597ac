using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>The office's coverage view: units × months of a year, each cell inspected (score) / due / overdue / not due.</summary>
public sealed class CoverageModel(FireSafetyDbContext db, TimeProvider time) : PageModel
{
    public sealed record Cell(CoverageCell State, int? Passed, int? Applicable);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DateOnly Today { get; private set; }

    public List<(UnitCalendar Unit, Cell[] Months)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        Year = Year is >= 2000 and <= 2100 ? Year : Today.Year;
        var year = Year.Value;
        // A year earlier too: a period that began last year (a quarter never does, but 12-month ones can be shifted by StartsOn) still counts.
        var units = await InspectionCalendar.LoadAsync(db, new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31), cancellationToken: cancellationToken);
        Rows = [.. units.Select(u => (u, Enumerable.Range(1, 12).Select(m =>
        {
            var state = InspectionRhythm.Cell(u.IntervalMonths, u.StartsOn, u.Dates, year, m, Today);
            var last = u.Inspections.LastOrDefault(i => i.On.Year == year && i.On.Month == m);
            return state == CoverageCell.Inspected ? new Cell(state, last.Passed, last.Applicable) : new Cell(state, null, null);
        }).ToArray()))];
    }

    public static string Css(CoverageCell state) => state switch
    {
        CoverageCell.Inspected => "table-success",
        CoverageCell.Due => "table-warning",
        CoverageCell.Overdue => "table-danger",
        _ => string.Empty,
    };

    public static string Label(CoverageCell state) => state switch
    {
        CoverageCell.Inspected => "Đã kiểm tra",
        CoverageCell.Due => "Đến hạn",
        CoverageCell.Overdue => "Quá hạn",
        _ => "Chưa đến kỳ",
    };
}

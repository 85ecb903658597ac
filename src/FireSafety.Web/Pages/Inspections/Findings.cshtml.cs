using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>
/// Deficiencies found by submitted self-inspections (not the ones carried over from an earlier
/// inspection), filtered by year, unit and state: remedied = its corrective action verified, open = the
/// rest. The annual summary's figures link here and count the same way.
/// </summary>
public sealed class FindingsModel(FireSafetyDbContext db) : PageModel
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
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public StateFilter? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        var inspections = db.Inspections.AsNoTracking().Where(i => i.Status == InspectionStatus.Submitted);
        if (Year is >= 2000 and <= 2100)
        {
            var from = new DateOnly(Year.Value, 1, 1);
            var to = new DateOnly(Year.Value, 12, 31);
            inspections = inspections.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }

        var query = db.Findings.AsNoTracking().Where(f => !f.CarriedOver && inspections.Any(i => i.Id == f.InspectionId));
        if (UnitId is not null)
        {
            query = query.Where(f => f.UnitId == UnitId);
        }

        query = State switch
        {
            StateFilter.Remedied => query.Where(f => db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified)),
            StateFilter.Open => query.Where(f => !db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified)),
            _ => query,
        };

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderByDescending(f => f.InspectionId).ThenBy(f => f.ItemCode).ThenBy(f => f.Id)
                .Select(f => new Row(
                    f.Id, f.InspectionId, f.ItemCode, f.ItemText,
                    db.Units.Where(u => u.Id == f.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                    db.Inspections.Where(i => i.Id == f.InspectionId).Select(i => i.InspectedOn).First(),
                    f.Severity,
                    db.CorrectiveActions.Where(a => a.Id == f.ActionId).Select(a => (ActionStatus?)a.Status).FirstOrDefault(),
                    f.ActionId)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }

    public static string StateLabel(StateFilter state) => state == StateFilter.Remedied ? "Đã khắc phục" : "Chưa khắc phục";
}

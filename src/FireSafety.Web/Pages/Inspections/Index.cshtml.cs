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

/// <summary>Self-inspections of the user's scope (drafts first, then latest), with each unit's rhythm for a unit head.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string UnitName, string FacilityName, DateOnly InspectedOn, InspectionStatus Status, int Passed, int Applicable, int Findings);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public InspectionStatus? Status { get; set; }

    /// <summary>Inspections held in this year (the annual summary's figures link here).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public List<UnitCalendar> Rhythms { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        Today = VietnamTime.Today(time);
        var query = db.Inspections.AsNoTracking();
        if (UnitId is not null)
        {
            query = query.Where(i => i.UnitId == UnitId);
        }

        if (Year is >= 2000 and <= 2100)
        {
            var from = new DateOnly(Year.Value, 1, 1);
            var to = new DateOnly(Year.Value, 12, 31);
            query = query.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderBy(i => i.Status).ThenByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
                .Select(i => new Row(
                    i.Id,
                    db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                    db.Facilities.Where(f => f.Id == i.FacilityId).Select(f => f.Name).FirstOrDefault() ?? string.Empty,
                    i.InspectedOn, i.Status, i.Passed, i.Applicable,
                    db.Findings.Count(f => f.InspectionId == i.Id))),
            PageNumber,
            cancellationToken: cancellationToken);

        if (IsUnitView)
        {
            Rhythms = await InspectionCalendar.LoadAsync(db, Today.AddYears(-1), Today, cancellationToken: cancellationToken);
        }

        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>
/// Drills of the user's scope in a year (this year by default), newest first, with the number of
/// drills and participants — what the annual summary's drill figures link to (<c>year</c>, <c>police</c>).
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, int PlanId, string PlanTitle, string FacilityName, string UnitName, DateOnly HeldOn, string Scenario, int ParticipantCount, bool PoliceParticipated);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Police { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public int ShownYear { get; private set; }

    public long Participants { get; private set; }

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        var drills = db.Drills.AsNoTracking().HeldIn(ShownYear);
        if (UnitId is not null)
        {
            drills = drills.Where(d => d.UnitId == UnitId);
        }

        if (Police)
        {
            drills = drills.Where(d => d.PoliceParticipated);
        }

        Participants = await drills.SumAsync(d => (long)d.ParticipantCount, cancellationToken);
        Rows = await PagedList<Row>.CreateAsync(
            drills.OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id)
                .Select(d => new Row(d.Id, d.PlanId, d.Plan!.Title, d.Plan.Facility!.Name, db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, d.HeldOn, d.Scenario, d.ParticipantCount, d.PoliceParticipated)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>
/// Drills of the user's scope in a year (this year by default), newest first, with the number of
/// drills and participants — what the annual summary's drill figures link to (<c>year</c>, <c>police</c>).
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, int PlanId, string PlanTitle, string FacilityName, string UnitName, DateOnly HeldOn, string Scenario, int ParticipantCount, bool PoliceParticipated);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Police { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public int ShownYear { get; private set; }

    public long Participants { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var drills = Filtered();
        Participants = await drills.SumAsync(d => (long)d.ParticipantCount, cancellationToken);
        Rows = await PageAsync(db, Listed(drills), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The drills as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Thực tập phương án"],
            [s["Đơn vị"], s["Cơ sở"], s["Phương án"], s["Ngày thực tập"], s["Tình huống"], s["Số người tham gia"], s["Có lực lượng Công an tham gia"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.FacilityName, r.PlanTitle, r.HeldOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture), r.Scenario,
                r.ParticipantCount, r.PoliceParticipated ? s["Có"].Value : s["Không"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"thuc-tap-phuong-an-{ShownYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The drills of the current filter (the unit scope applies); sets <see cref="ShownYear"/>.</summary>
    private IQueryable<Drill> Filtered()
    {
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        var drills = db.Drills.AsNoTracking().HeldIn(ShownYear).ForUnits(db, UnitId, Under);
        if (Police)
        {
            drills = drills.Where(d => d.PoliceParticipated);
        }

        return drills;
    }

    private IQueryable<Row> Listed(IQueryable<Drill> drills) =>
        drills.OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id)
            .Select(d => new Row(d.Id, d.PlanId, d.Plan!.Title, d.Plan.Facility!.Name, db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, d.HeldOn, d.Scenario, d.ParticipantCount, d.PoliceParticipated));
}

using System.Globalization;
using System.Text;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Dashboard;
using FireSafety.Core.Data;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FireSafety.Web.Pages.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages;

/// <summary>
/// The home page: the user's unit and what it holds, then the leadership dashboard for a year and
/// a unit subtree. Every number links to the list it
/// counts, with the same filters (<c>under</c> for the subtree, <c>unitId</c> for one unit's row).
/// A unit head sees their own unit's version: the unit scope limits every figure and the unit list.
/// The figures are kept in the <see cref="DataVersionCache"/> until the data changes (ADR 0093).
/// </summary>
[Authorize]
public sealed class IndexModel(DashboardQueries queries, FireSafetyDbContext db, DataVersionCache cache, ICurrentUser currentUser, TimeProvider time) : PageModel
{
    public const int RowsPerPage = 20;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Under { get; set; }

    /// <summary>The page of the ranking table.</summary>
    [BindProperty(SupportsGet = true, Name = "tp")]
    public int TasksPage { get; set; } = 1;

    /// <summary>The page of the coverage heatmap.</summary>
    [BindProperty(SupportsGet = true, Name = "cp")]
    public int CoveragePage { get; set; } = 1;

    public DashboardData Data { get; private set; } = null!;

    public PagedList<UnitTasks> TaskRows { get; private set; } = PagedList<UnitTasks>.Of([], 1);

    public PagedList<UnitCoverage> CoverageRows { get; private set; } = PagedList<UnitCoverage>.Of([], 1);

    public List<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool IsUnitView { get; private set; }

    public string MyUnitName { get; private set; } = string.Empty;

    public int UnitCount { get; private set; }

    public int FacilityCount { get; private set; }

    public int AreaCount { get; private set; }

    public int HighRiskAreaCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // What the user's scope holds (the unit scope applies).
        MyUnitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == currentUser.UnitId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        IsUnitView = User.IsInRole(Roles.UnitHead);
        var today = VietnamTime.Today(time);
        Year = Year is >= 2000 and <= 2100 ? Year : today.Year;

        // The figures depend on the day too (overdue, due soon): it is part of the key.
        var key = string.Create(CultureInfo.InvariantCulture, $"dashboard|{Year}|{Under}|{today:yyyy-MM-dd}");
        var home = await cache.GetOrComputeAsync(db, key, async ct => new HomeFigures(
            await db.Units.CountAsync(u => u.IsActive, ct),
            await db.Facilities.CountAsync(f => f.IsActive, ct),
            await db.Areas.CountAsync(ct),
            await db.Areas.CountAsync(a => a.IsHighRisk, ct),
            await queries.LoadAsync(Year.Value, Under, ct)), cancellationToken);
        (UnitCount, FacilityCount, AreaCount, HighRiskAreaCount, Data) = home;
        Under = Data.Under?.Id;
        TaskRows = PagedList<UnitTasks>.Of(Data.TasksByUnit, TasksPage, RowsPerPage);
        CoverageRows = PagedList<UnitCoverage>.Of(Data.Coverage, CoveragePage, RowsPerPage);
        Units = await UnitOptions.SubtreesAsync(cache, db, Under, cancellationToken);
        Years = [.. Enumerable.Range(0, 6).Select(i => today.Year - i).Union([Year.Value]).OrderDescending()];
    }

    private sealed record HomeFigures(int UnitCount, int FacilityCount, int AreaCount, int HighRiskAreaCount, DashboardData Data);

    // The links: each figure opens the list that counts it.
    private string YearFrom => new DateOnly(Year!.Value, 1, 1).ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);

    private string YearTo => new DateOnly(Year!.Value, 12, 31).ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);

    // Built by hand: the page has a few hundred links (every number), and a dictionary and
    // QueryHelpers per link were a tenth of the page's time.
    private string Link(string page, int? unitId, params (string Key, string? Value)[] values)
    {
        var link = new StringBuilder(page, page.Length + 64);
        var separator = '?';
        void Add(string key, string value)
        {
            link.Append(separator).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                Add(key, value);
            }
        }

        if (unitId is not null)
        {
            Add("unitId", unitId.Value.ToString(CultureInfo.InvariantCulture));
        }
        else if (Under is not null)
        {
            Add("under", Under.Value.ToString(CultureInfo.InvariantCulture));
        }

        return link.ToString();
    }

    private string YearText => Year!.Value.ToString(CultureInfo.InvariantCulture);

    public string TasksLink(TaskStatusFilter? status, int? unitId = null) =>
        Link("/Tasks", unitId, ("dueFrom", YearFrom), ("dueTo", YearTo), ("status", status?.ToString()));

    public string InspectionsLink(int month, int? unitId = null) =>
        Link("/Inspections", unitId, ("status", "Submitted"), ("year", YearText), ("month", month.ToString(CultureInfo.InvariantCulture)));

    public string ActionsLink(string status, Severity? severity = null, AgeBand? age = null) =>
        Link("/Actions", null, ("status", status), ("severity", severity?.ToString()), ("age", age?.ToString()));

    public string FindingsLink(Severity severity) =>
        Link("/Inspections/Findings", null, ("year", YearText), ("state", "Open"), ("severity", severity.ToString()));

    public string EquipmentLink(string due) => Link("/Equipment", null, ("due", due));

    public string IncidentsLink() => Link("/Incidents", null, ("year", YearText));

    public string RiskPointsLink(RiskLevel? level) =>
        level is null ? Link("/RiskPoints", null, ("overdue", "true")) : Link("/RiskPoints", null, ("level", level.ToString()));

    public string PlansLink(bool? drilled) =>
        Link("/Plans", null, ("inForce", YearText), ("year", YearText), ("drilled", drilled?.ToString().ToLowerInvariant()));

    public string TrainingLink(string status) => Link("/Training", null, ("status", status));
}

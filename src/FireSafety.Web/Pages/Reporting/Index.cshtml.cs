using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Reporting;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Reporting;

/// <summary>
/// The annual summaries to the provincial police, by year: the revisions, a button to compile the
/// figures (done in the background; a progress bar follows it without reloading) and the history of runs.
/// </summary>
public sealed class IndexModel(
    FireSafetyDbContext db, AnnualSummaries summaries, IAuthorizationService authorization, ICurrentUser currentUser, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record RevisionRow(int Id, int Revision, SummaryStatus Status, DateTime? CompiledAtUtc, string? SentNumber);

    public sealed record RunRow(int Id, DateTime RequestedAtUtc, string? RequestedBy, SummaryRunOutcome Outcome, DateTime? StartedAtUtc, DateTime? FinishedAtUtc, int Percent, string? Message);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public List<int> Years { get; private set; } = [];

    public List<RevisionRow> Revisions { get; private set; } = [];

    public List<RunRow> Runs { get; private set; } = [];

    public RunRow? Active { get; private set; }

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        var thisYear = VietnamTime.Today(time).Year;
        Years = [.. (await db.AnnualSummaries.Select(x => x.Year).Distinct().ToListAsync(cancellationToken))
            .Append(thisYear).Append(thisYear - 1).Append(SelectedYear).Distinct().OrderDescending()];
        Revisions = await db.AnnualSummaries.AsNoTracking().Where(x => x.Year == SelectedYear).OrderByDescending(x => x.Revision)
            .Select(x => new RevisionRow(x.Id, x.Revision, x.Status, x.CompiledAtUtc, x.SentNumber))
            .ToListAsync(cancellationToken);
        Runs = await RunsQuery(SelectedYear).Take(20).ToListAsync(cancellationToken);
        Active = Runs.FirstOrDefault(r => r.Outcome is SummaryRunOutcome.Requested or SummaryRunOutcome.Running);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageReports)).Succeeded;
    }

    /// <summary>Tổng hợp số liệu: queues a compile of the year (one at a time per year).</summary>
    public async Task<IActionResult> OnPostCompileAsync(int year, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageReports)).Succeeded)
        {
            return Forbid();
        }

        if (year is < 2000 or > 2100)
        {
            return BadRequest();
        }

        await summaries.RequestAsync(year, currentUser.UserName, cancellationToken);
        TempData.Success(s["Đã yêu cầu tổng hợp số liệu năm {0}; tiến độ hiển thị bên dưới.", year]);
        return RedirectToPage("./Index", new { year });
    }

    /// <summary>The latest run of the year, for the progress bar's polling.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int year, CancellationToken cancellationToken)
    {
        var run = await RunsQuery(year).FirstOrDefaultAsync(cancellationToken);
        return new JsonResult(run is null
            ? new { outcome = "None", percent = 0, message = string.Empty, done = true }
            : new { outcome = run.Outcome.ToString(), percent = run.Percent, message = run.Message ?? string.Empty, done = run.Outcome is SummaryRunOutcome.Succeeded or SummaryRunOutcome.Failed });
    }

    public static string Duration(RunRow run) =>
        run is { StartedAtUtc: { } start, FinishedAtUtc: { } end } ? $"{(end - start).TotalSeconds:0.#} s" : "—";

    public static string LocalTime(DateTime? utc) =>
        utc is { } at ? VietnamTime.ToLocal(at).ToString(VietnamTime.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture) : "—";

    private IQueryable<RunRow> RunsQuery(int year) =>
        db.SummaryRuns.AsNoTracking().Where(r => r.Year == year).OrderByDescending(r => r.Id)
            .Select(r => new RunRow(r.Id, r.RequestedAtUtc, r.RequestedBy, r.Outcome, r.StartedAtUtc, r.FinishedAtUtc, r.Percent, r.Message));
}

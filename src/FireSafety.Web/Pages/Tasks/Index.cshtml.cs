using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Tasks;

/// <summary>
/// A UnitHead's "Nhiệm vụ của đơn vị", and the office's follow-up board over every unit (the unit
/// scope decides which): filtered, counted the Vietnamese way, sorted by urgency in SQL, paged.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    private static readonly string[] DateFormats = [VietnamTime.DateFormat, "d/M/yyyy", "yyyy-MM-dd"];

    public sealed record Row(int Id, string TaskText, string DirectiveNumber, string UnitName, DateOnly DueOn, AssignmentStatus Status, DateTime? SubmittedAtUtc, DateTime? AcceptedAtUtc)
    {
        public AssignmentCount Count(DateTime now) =>
            AssignmentWorkflow.Classify(new AssignmentState(Status, DueOn, SubmittedAtUtc, AcceptedAtUtc), now);
    }

    [BindProperty(SupportsGet = true)]
    public int? DirectiveId { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskStatusFilter? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DueFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DueTo { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public Dictionary<TaskStatusFilter, int> Counts { get; private set; } = [];

    public DateTime Now { get; private set; }

    public List<SelectListItem> Directives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ordered = await FilteredAsync(cancellationToken);
        Rows = await PagedList<Row>.CreateAsync(
            Project(ordered),
            PageNumber,
            cancellationToken: cancellationToken);

        Directives = await db.Directives.AsNoTracking().Where(d => !d.IsReferenceOnly)
            .OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new SelectListItem(d.Number, d.Id.ToString(CultureInfo.InvariantCulture), d.Id == DirectiveId))
            .ToListAsync(cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>
    /// The assignments of the current filter (the unit scope applies), most urgent first; sets the
    /// board's counts. The list pages it; the export writes all of it.
    /// </summary>
    private async Task<IQueryable<TaskAssignment>> FilteredAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(time);

        var query = db.TaskAssignments.AsNoTracking();
        if (DirectiveId is not null)
        {
            query = query.Where(a => a.Task!.DirectiveId == DirectiveId);
        }

        query = query.ForUnits(db, UnitId, Under);

        if (Category is { } category)
        {
            var name = category.ToString();
            query = query.Where(a => ("," + a.Task!.Categories + ",").Contains("," + name + ","));
        }

        if (ParseDate(DueFrom, nameof(DueFrom)) is { } from)
        {
            query = query.Where(a => a.DueOn >= from);
        }

        if (ParseDate(DueTo, nameof(DueTo)) is { } to)
        {
            query = query.Where(a => a.DueOn <= to);
        }

        // The counts use AssignmentWorkflow.Classify itself (a small projection), so the board
        // counts exactly as the reports do; the list then filters by the same ids, in SQL.
        var states = await query.Select(a => new { a.Id, a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc }).ToListAsync(cancellationToken);
        var classified = states.Select(a => (a.Id, a.Status, Count: AssignmentWorkflow.Classify(new AssignmentState(a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc), Now))).ToList();
        Counts = Enum.GetValues<TaskStatusFilter>().ToDictionary(f => f, f => classified.Count(c => Matches(f, c.Status, c.Count)));

        if (Status is { } status)
        {
            var ids = classified.Where(c => Matches(status, c.Status, c.Count)).Select(c => c.Id).ToList();
            query = query.Where(a => ids.Contains(a.Id));
        }

        // Urgency (AssignmentUrgency) as SQL: overdue (most days first), within term (nearest
        // due first), awaiting review (oldest submission first), accepted (latest first).
        return query
            .OrderBy(a => a.Status == AssignmentStatus.Accepted ? 3 : a.Status == AssignmentStatus.Submitted ? 2 : a.DueOn < today ? 0 : 1)
            .ThenBy(a => a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Submitted ? DateOnly.MinValue : a.DueOn)
            .ThenBy(a => a.Status == AssignmentStatus.Submitted ? a.SubmittedAtUtc : null)
            .ThenByDescending(a => a.Status == AssignmentStatus.Accepted ? a.AcceptedAtUtc : null)
            .ThenBy(a => a.Id);
    }

    private IQueryable<Row> Project(IQueryable<TaskAssignment> ordered) =>
        ordered.Select(a => new Row(a.Id, a.Task!.Text, a.Task.Directive!.Number, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.DueOn, a.Status, a.SubmittedAtUtc, a.AcceptedAtUtc));

    /// <summary>The board as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var ordered = await FilteredAsync(cancellationToken);
        var rows = await Project(ordered)
            .ToListAsync(cancellationToken);
        string? Day(DateTime? utc) => utc is { } u ? VietnamTime.ToLocalDate(u).ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture) : null;
        var bytes = ExcelSheet.Write(
            s["Nhiệm vụ"],
            [s["Văn bản"], s["Nhiệm vụ"], s["Đơn vị"], s["Hạn"], s["Trạng thái"], s["Phân loại"], s["Ngày báo cáo"], s["Ngày chấp nhận"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.DirectiveNumber, r.TaskText, r.UnitName, r.DueOn.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture),
                s[TaskLabels.Status(r.Status)].Value, s[TaskLabels.Count(r.Count(Now))].Value, Day(r.SubmittedAtUtc), Day(r.AcceptedAtUtc)]));
        return File(bytes, ExcelSheet.ContentType, $"theo-doi-nhiem-vu-{VietnamTime.Today(time).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The query values of the current filter with the status set to <paramref name="status"/>.</summary>
    public Dictionary<string, string?> RouteWith(TaskStatusFilter? status) => new()
    {
        ["directiveId"] = DirectiveId?.ToString(CultureInfo.InvariantCulture),
        ["unitId"] = UnitId?.ToString(CultureInfo.InvariantCulture),
        ["under"] = Under?.ToString(CultureInfo.InvariantCulture),
        ["category"] = Category?.ToString(),
        ["dueFrom"] = DueFrom,
        ["dueTo"] = DueTo,
        ["status"] = status?.ToString(),
    };

    public static bool Matches(TaskStatusFilter filter, AssignmentStatus status, AssignmentCount count) => filter switch
    {
        TaskStatusFilter.DoneOnTime => count == AssignmentCount.DoneOnTime,
        TaskStatusFilter.DoneLate => count == AssignmentCount.DoneLate,
        TaskStatusFilter.WithinTerm => count == AssignmentCount.WithinTerm,
        TaskStatusFilter.Overdue => count == AssignmentCount.Overdue,
        _ => status == AssignmentStatus.Submitted,
    };

    public static string Label(TaskStatusFilter filter) => filter switch
    {
        TaskStatusFilter.DoneOnTime => TaskLabels.Count(AssignmentCount.DoneOnTime),
        TaskStatusFilter.DoneLate => TaskLabels.Count(AssignmentCount.DoneLate),
        TaskStatusFilter.WithinTerm => TaskLabels.Count(AssignmentCount.WithinTerm),
        TaskStatusFilter.Overdue => TaskLabels.Count(AssignmentCount.Overdue),
        _ => "Chờ duyệt",
    };

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, s["Ngày không hợp lệ (dd/MM/yyyy)."]);
        return null;
    }
}

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
public sealed class IndexModel(FireSafetyDbContext db, DataVersionCache cache, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
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

    /// <summary>The directive picker when the directives are too many for a drop-down (ADR 0094); null otherwise.</summary>
    public Picker? DirectivePicker { get; private set; }

    /// <summary>How many years of directives the drop-down offers (the selected one always): a province issues hundreds a year.</summary>
    public const int DirectiveYears = 2;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var board = await BoardAsync(cancellationToken);
        var page = PagedList<BoardEntry>.Of(board.Matching(Status), PageNumber);

        // One page of rows for the page's ids, in the board's order.
        var ids = page.Items.Select(e => e.Id).ToList();
        var rows = (await Project(db.TaskAssignments.AsNoTracking().Where(a => ids.Contains(a.Id))).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id);
        Rows = new PagedList<Row>([.. ids.Where(rows.ContainsKey).Select(id => rows[id])], page.PageNumber, page.PageSize, page.TotalCount);

        var since = new DateOnly(VietnamTime.Today(time).Year - DirectiveYears + 1, 1, 1);
        var directives = await cache.GetOrComputeAsync(db, $"task-directives|{since:yyyy}", ct => db.Directives.AsNoTracking()
            .Where(d => !d.IsReferenceOnly && d.IssuedOn >= since)
            .OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new DirectiveOption(d.Id, d.Number))
            .ToListAsync(ct), cancellationToken);
        if (DirectiveId is { } selected && !directives.Any(d => d.Id == selected))
        {
            directives = [.. await db.Directives.AsNoTracking().Where(d => d.Id == selected).Select(d => new DirectiveOption(d.Id, d.Number)).ToListAsync(cancellationToken), .. directives];
        }

        Directives = [.. directives.Select(d => new SelectListItem(d.Number, d.Id.ToString(CultureInfo.InvariantCulture), d.Id == DirectiveId))];
        DirectivePicker = Picker.Offer(Directives, PickerKind.Directives, () => Url.Page("/Lookup/Directives"));
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    private sealed record DirectiveOption(int Id, string Number);

    /// <summary>An assignment on the board: its id, status and count, in the board's order.</summary>
    private sealed record BoardEntry(int Id, AssignmentStatus Status, AssignmentCount Count);

    /// <summary>The board of one set of filters: every entry, and the entries of each status filter (their counts).</summary>
    private sealed record Board(IReadOnlyList<BoardEntry> All, IReadOnlyDictionary<TaskStatusFilter, IReadOnlyList<BoardEntry>> ByStatus)
    {
        public static Board Of(IReadOnlyList<BoardEntry> all) => new(
            all,
            Enum.GetValues<TaskStatusFilter>().ToDictionary(f => f, f => (IReadOnlyList<BoardEntry>)[.. all.Where(e => Matches(f, e.Status, e.Count))]));

        public IReadOnlyList<BoardEntry> Matching(TaskStatusFilter? status) => status is { } s ? ByStatus[s] : All;
    }

    /// <summary>
    /// Every assignment of the filters (all but the status), classified by
    /// <see cref="AssignmentWorkflow.Classify(AssignmentState, DateTime)"/> itself, so the board counts
    /// exactly as the reports do, in the board's order. Kept in the <see cref="DataVersionCache"/>
    /// until the data changes (a province has a hundred thousand assignments): the counts, the
    /// status filter and the paging then work on it in memory, and only the page's rows are read.
    /// </summary>
    private async Task<Board> BoardAsync(CancellationToken cancellationToken)
    {
        var query = Filtered();
        var key = string.Create(CultureInfo.InvariantCulture, $"tasks|{DirectiveId}|{UnitId}|{Under}|{Category}|{DueFrom}|{DueTo}|{VietnamTime.ToLocalDate(Now):yyyy-MM-dd}");
        var board = await cache.GetOrComputeAsync(
            db,
            key,
            async ct => Board.Of([.. (await query.Select(a => new { a.Id, a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc }).ToListAsync(ct))
                .Select(a => new BoardEntry(a.Id, a.Status, AssignmentWorkflow.Classify(new AssignmentState(a.Status, a.DueOn, a.SubmittedAtUtc, a.AcceptedAtUtc), Now)))]),
            cancellationToken);
        Counts = board.ByStatus.ToDictionary(p => p.Key, p => p.Value.Count);
        return board;
    }

    /// <summary>The assignments of the filters but the status (the unit scope applies), in the board's order.</summary>
    private IQueryable<TaskAssignment> Filtered()
    {
        Now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.ToLocalDate(Now);

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
        var board = await BoardAsync(cancellationToken);
        var wanted = board.Matching(Status).Select(e => e.Id).ToHashSet();
        var rows = (await Project(Filtered()).ToListAsync(cancellationToken)).Where(r => wanted.Contains(r.Id)).ToList();
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

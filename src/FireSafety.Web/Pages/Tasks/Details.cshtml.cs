using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Tasks;

/// <summary>
/// One assignment: the task, its timeline with evidence, and the actions of the workflow — the
/// unit reports progress and submits, the office accepts or returns with a reason.
/// </summary>
public sealed class DetailsModel(
    FireSafetyDbContext db,
    TimeProvider time,
    ICurrentUser currentUser,
    IAuthorizationService authorization,
    EvidenceUploads uploads,
    Notifier notifier,
    IValidator<DetailsModel.ProgressInput> progressValidator,
    IValidator<DetailsModel.ReturnInput> returnValidator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record View(
        int Id, int UnitId, string UnitName, string TaskText, int DirectiveId, string DirectiveNumber, string DirectiveSubject,
        DateOnly DueOn, AssignmentStatus Status, DateTime? SubmittedAtUtc, DateTime? AcceptedAtUtc, string? ReturnReason, long Version);

    public sealed record FileView(Guid Id, string Name);

    public sealed record EntryView(AssignmentEntryKind Kind, DateTime AtUtc, string? Text, string? UserName, List<FileView> Files);

    public sealed class ProgressInput
    {
        public string? Text { get; set; }

        public sealed class Validator : AbstractValidator<ProgressInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Text).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung báo cáo tiến độ."])
                    .MaximumLength(4000).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", 4000]);
            }
        }
    }

    public sealed class ReturnInput
    {
        public string? Reason { get; set; }

        public sealed class Validator : AbstractValidator<ReturnInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => s["Vui lòng nêu lý do trả lại kết quả."])
                    .MaximumLength(2000).WithMessage(_ => s["Lý do không được dài quá {0} ký tự.", 2000]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public View Assignment { get; private set; } = null!;

    public List<EntryView> Entries { get; private set; } = [];

    public AssignmentCount Count { get; private set; }

    public bool CanReport { get; private set; }

    public bool CanReview { get; private set; }

    public bool ConcurrencyConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostProgressAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ReportProgress, async (_, at) =>
        {
            var result = await progressValidator.ValidateAsync(Progress, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Progress));
                return null;
            }

            return (new AssignmentEvent.Progress(at, Progress.Text!.Trim()), AssignmentEntryKind.Progress, Progress.Text.Trim());
        }, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ReportProgress, (_, at) =>
            Task.FromResult<(AssignmentEvent, AssignmentEntryKind, string?)?>((new AssignmentEvent.Submit(at), AssignmentEntryKind.Submit, null)), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ReviewAssignments, (_, at) =>
            Task.FromResult<(AssignmentEvent, AssignmentEntryKind, string?)?>((new AssignmentEvent.Accept(at), AssignmentEntryKind.Accept, null)), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.ReviewAssignments, async (_, at) =>
        {
            var result = await returnValidator.ValidateAsync(Return, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Return));
                return null;
            }

            var reason = Return.Reason!.Trim();
            return (new AssignmentEvent.Return(at, reason), AssignmentEntryKind.Return, reason);
        }, cancellationToken);

    /// <summary>
    /// The one path of every action: authorise, load (the unit scope makes another unit's
    /// assignment not found), build the event, let <see cref="AssignmentWorkflow"/> decide, then
    /// write the entry, the new state and the notifications in one audited save, and redirect.
    /// </summary>
    private async Task<IActionResult> ActAsync(
        string policy,
        Func<TaskAssignment, DateTime, Task<(AssignmentEvent Event, AssignmentEntryKind Kind, string? Text)?>> build,
        CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        var assignment = await db.TaskAssignments.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var built = await build(assignment, now);
        if (built is not { } action)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var transition = AssignmentWorkflow.Apply(assignment.State, action.Event);
        if (!transition.IsAllowed)
        {
            // A refusal of the state (not of the input) goes to the summary at the top: the form
            // it came from may no longer be shown when the assignment changed since the page was read.
            ModelState.AddModelError(string.Empty, transition.Violation.Message);
            return await RedisplayAsync(cancellationToken);
        }

        // Files are stored only once the workflow allows the report, so a refusal leaves none behind.
        var fileIds = new List<Guid>();
        if (action.Kind == AssignmentEntryKind.Progress)
        {
            var (files, errors) = await uploads.SaveAsync(Files, assignment.UnitId, cancellationToken);
            if (errors.Count > 0)
            {
                errors.ForEach(e => ModelState.AddModelError(nameof(Files), e));
                return await RedisplayAsync(cancellationToken);
            }

            fileIds = [.. files.Select(f => f.Id)];
        }

        var entry = new AssignmentEntry
        {
            AssignmentId = assignment.Id,
            UnitId = assignment.UnitId,
            Kind = action.Kind,
            AtUtc = now,
            Text = action.Text,
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
            Files = [.. fileIds.Select(f => new EvidenceFileLink { FileId = f })],
        };
        db.AssignmentEntries.Add(entry);
        db.Entry(assignment).Property(a => a.Version).OriginalValue = Version;
        assignment.Apply(transition.State);
        await NotifyAsync(assignment, action.Kind, now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ConcurrencyConflict = true;
            ModelState.AddModelError(string.Empty, s["Nhiệm vụ vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);
            return await RedisplayAsync(cancellationToken);
        }

        TempData.Success(action.Kind switch
        {
            AssignmentEntryKind.Progress => s["Đã ghi nhận báo cáo tiến độ."],
            AssignmentEntryKind.Submit => s["Đã báo cáo hoàn thành; chờ Văn phòng xem xét."],
            AssignmentEntryKind.Return => s["Đã trả lại kết quả cho đơn vị."],
            _ => s["Đã chấp nhận kết quả."],
        });
        return RedirectToPage("./Details", new { id = assignment.Id });
    }

    private async Task NotifyAsync(TaskAssignment assignment, AssignmentEntryKind kind, DateTime now, CancellationToken cancellationToken)
    {
        var (notificationKind, text) = kind switch
        {
            AssignmentEntryKind.Submit => (NotificationKind.Submitted, "Đơn vị báo cáo hoàn thành nhiệm vụ, chờ xem xét"),
            AssignmentEntryKind.Return => (NotificationKind.Returned, "Văn phòng trả lại kết quả nhiệm vụ"),
            AssignmentEntryKind.Accept => (NotificationKind.Accepted, "Văn phòng chấp nhận kết quả nhiệm vụ"),
            _ => (NotificationKind.Assigned, string.Empty),
        };
        if (text.Length == 0)
        {
            return;
        }

        Recipients to = kind == AssignmentEntryKind.Submit ? new Recipients.Role(Roles.Office) : new Recipients.UnitHeads(assignment.UnitId);
        var taskText = await db.DirectiveTasks.Where(t => t.Id == assignment.TaskId).Select(t => t.Text).FirstAsync(cancellationToken);
        var unitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == assignment.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        var url = Url.Page("/Tasks/Details", new { id = assignment.Id });
        var dedup = $"{notificationKind.ToString().ToLowerInvariant()}:{assignment.Id}:{now.Ticks}";
        await notifier.NotifyAsync(to, notificationKind, $"{text}: {unitName} — {taskText}", url, dedup, cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (!ConcurrencyConflict)
        {
            db.ChangeTracker.Clear();
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await db.TaskAssignments.AsNoTracking().Where(a => a.Id == Id)
            .Select(a => new View(
                a.Id, a.UnitId, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                a.Task!.Text, a.Task.DirectiveId, a.Task.Directive!.Number, a.Task.Directive.Subject,
                a.DueOn, a.Status, a.SubmittedAtUtc, a.AcceptedAtUtc, a.ReturnReason, a.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            return false;
        }

        Assignment = view;
        Version = view.Version;
        ModelState.Remove(nameof(Version));
        Count = AssignmentWorkflow.Classify(new AssignmentState(view.Status, view.DueOn, view.SubmittedAtUtc, view.AcceptedAtUtc), time);

        var entries = await db.AssignmentEntries.AsNoTracking().Where(e => e.AssignmentId == Id)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new { e.Kind, e.AtUtc, e.Text, e.UserName, FileIds = e.Files.Select(f => f.FileId).ToList() })
            .ToListAsync(cancellationToken);
        var fileIds = entries.SelectMany(e => e.FileIds).Distinct().ToList();
        var names = await db.EvidenceFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .Select(f => new { f.Id, f.FileName }).ToDictionaryAsync(f => f.Id, f => f.FileName, cancellationToken);
        Entries = [.. entries.Select(e => new EntryView(e.Kind, e.AtUtc, e.Text, e.UserName,
            [.. e.FileIds.Where(names.ContainsKey).Select(f => new FileView(f, names[f]))]))];

        CanReport = view.Status is AssignmentStatus.Open or AssignmentStatus.Returned
            && (await authorization.AuthorizeAsync(User, Permissions.ReportProgress)).Succeeded;
        CanReview = view.Status == AssignmentStatus.Submitted
            && (await authorization.AuthorizeAsync(User, Permissions.ReviewAssignments)).Succeeded;
        return true;
    }

    public static string LocalTime(DateTime utc) =>
        VietnamTime.ToLocal(utc).ToString(VietnamTime.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Actions;

/// <summary>
/// One corrective action: what is wrong and where it came from; the unit reports it fixed with a
/// note and photos; the office verifies the fix or rejects it with a reason (back to open).
/// </summary>
public sealed class DetailsModel(
    FireSafetyDbContext db,
    TimeProvider time,
    ICurrentUser currentUser,
    IAuthorizationService authorization,
    EvidenceUploads uploads,
    Notifier notifier,
    IValidator<DetailsModel.FixInput> fixValidator,
    IValidator<DetailsModel.RejectInput> rejectValidator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record FileView(Guid Id, string Name);

    public sealed class FixInput
    {
        public string? Note { get; set; }

        public sealed class Validator : AbstractValidator<FixInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Note).NotEmpty().WithMessage(_ => s[ActionWorkflow.FixNoteRequired])
                    .MaximumLength(CorrectiveAction.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", CorrectiveAction.TextMaxLength]);
            }
        }
    }

    public sealed class RejectInput
    {
        public string? Reason { get; set; }

        public sealed class Validator : AbstractValidator<RejectInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => s[ActionWorkflow.RejectReasonRequired])
                    .MaximumLength(2000).WithMessage(_ => s["Lý do không được dài quá {0} ký tự.", 2000]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public FixInput Fix { get; set; } = new();

    [BindProperty]
    public RejectInput Reject { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public CorrectiveAction Action { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public List<FileView> Evidence { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsOverdue => ActionWorkflow.IsOverdue(Action.Status, Action.DueOn, Today);

    public bool CanFix { get; private set; }

    public bool CanVerify { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostFixAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.FixActions, async (_, at) =>
        {
            var result = await fixValidator.ValidateAsync(Fix, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Fix));
                return null;
            }

            if (Files.Count == 0)
            {
                ModelState.AddModelError(nameof(Files), s[ActionWorkflow.FixEvidenceRequired]);
                return null;
            }

            return new ActionEvent.Fix(at, By, Fix.Note!.Trim(), Files.Count);
        }, cancellationToken);

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.VerifyActions, (_, at) => Task.FromResult<ActionEvent?>(new ActionEvent.Verify(at, By)), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) =>
        ActAsync(Permissions.VerifyActions, async (_, at) =>
        {
            var result = await rejectValidator.ValidateAsync(Reject, cancellationToken);
            if (!result.IsValid)
            {
                result.AddToModelState(ModelState, nameof(Reject));
                return null;
            }

            return new ActionEvent.Reject(at, By, Reject.Reason!.Trim());
        }, cancellationToken);

    private string By => currentUser.UserName ?? string.Empty;

    /// <summary>
    /// Authorise, load (another unit's action is not found), let <see cref="ActionWorkflow"/>
    /// decide, store files only once allowed, then save the state and notification together.
    /// </summary>
    private async Task<IActionResult> ActAsync(string policy, Func<CorrectiveAction, DateTime, Task<ActionEvent?>> build, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        var action = await db.CorrectiveActions.FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await build(action, now) is not { } @event)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var transition = ActionWorkflow.Apply(action.State, @event);
        if (!transition.IsAllowed)
        {
            // A refusal of the state (not of the input) goes to the summary at the top: the form
            // it came from may no longer be shown when the action changed since the page was read.
            ModelState.AddModelError(string.Empty, s[transition.Refusal]);
            return await RedisplayAsync(cancellationToken);
        }

        if (@event is ActionEvent.Fix)
        {
            var (files, errors) = await uploads.SaveAsync(Files, action.UnitId, cancellationToken);
            if (errors.Count > 0)
            {
                errors.ForEach(e => ModelState.AddModelError(nameof(Files), e));
                return await RedisplayAsync(cancellationToken);
            }

            db.Set<CorrectiveActionFile>().AddRange(files.Select(f => new CorrectiveActionFile { ActionId = action.Id, FileId = f.Id }));
        }

        db.Entry(action).Property(a => a.Version).OriginalValue = Version;
        action.Apply(transition.State);
        await NotifyAsync(action, @event, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, s["Biện pháp khắc phục vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);
            return await RedisplayAsync(cancellationToken);
        }

        TempData.Success(@event switch
        {
            ActionEvent.Fix => s["Đã báo cáo khắc phục; chờ Văn phòng xác nhận."],
            ActionEvent.Reject => s["Đã trả lại: biện pháp chưa đạt, mở lại để đơn vị khắc phục."],
            _ => s["Đã xác nhận hoàn thành khắc phục."],
        });
        return RedirectToPage("./Details", new { id = action.Id });
    }

    private async Task NotifyAsync(CorrectiveAction action, ActionEvent @event, DateTime now, CancellationToken cancellationToken)
    {
        var unitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == action.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        var (to, kind, text) = @event switch
        {
            ActionEvent.Fix => ((Recipients)new Recipients.Role(Roles.Office), NotificationKind.ActionFixed, "Đơn vị báo cáo đã khắc phục, chờ xác nhận"),
            ActionEvent.Reject => (CorrectiveActions.OwnerOf(action), NotificationKind.ActionRejected, "Văn phòng trả lại: biện pháp khắc phục chưa đạt"),
            _ => (CorrectiveActions.OwnerOf(action), NotificationKind.ActionVerified, "Văn phòng xác nhận đã khắc phục"),
        };
        var dedup = $"{kind.ToString().ToLowerInvariant()}:{action.Id}:{now.Ticks.ToString(CultureInfo.InvariantCulture)}";
        await notifier.NotifyAsync(to, kind, $"{text}: {unitName} — {action.Title}", CorrectiveActions.Url(action.Id), dedup, cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var action = await db.CorrectiveActions.AsNoTracking().Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (action is null)
        {
            return false;
        }

        Action = action;
        Version = action.Version;
        ModelState.Remove(nameof(Version));
        Today = VietnamTime.Today(time);
        UnitName = await db.Units.Where(u => u.Id == action.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var fileIds = action.Files.Select(f => f.FileId).ToList();
        Evidence = await db.EvidenceFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .OrderBy(f => f.UploadedAtUtc).Select(f => new FileView(f.Id, f.FileName)).ToListAsync(cancellationToken);
        CanFix = action.Status == ActionStatus.Open && (await authorization.AuthorizeAsync(User, Permissions.FixActions)).Succeeded;
        CanVerify = action.Status == ActionStatus.Fixed && (await authorization.AuthorizeAsync(User, Permissions.VerifyActions)).Succeeded;
        return true;
    }

    public static string LocalTime(DateTime? utc) => utc is { } at
        ? VietnamTime.ToLocal(at).ToString(VietnamTime.DateTimeFormat, CultureInfo.InvariantCulture)
        : string.Empty;

    public string SourceUrl() => (Action.Source, Action.SourceId) switch
    {
        (ActionSource.Inspection, { } id) => $"/Inspections/Details/{id.ToString(CultureInfo.InvariantCulture)}",
        (ActionSource.Incident, { } id) => $"/Incidents/Details/{id.ToString(CultureInfo.InvariantCulture)}",
        _ => string.Empty,
    };
}

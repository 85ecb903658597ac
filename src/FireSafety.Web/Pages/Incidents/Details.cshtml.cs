using FireSafety.Core.Actions;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Documents;
using FireSafety.Core.Incidents;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Severity = FireSafety.Core.Actions.Severity;

namespace FireSafety.Web.Pages.Incidents;

/// <summary>One incident: the quick report, the full record, and its append-only timeline.</summary>
public sealed class DetailsModel(
    FireSafetyDbContext db,
    TimeProvider time,
    ICurrentUser currentUser,
    IAuthorizationService authorization,
    IValidator<DetailsModel.NoteInput> noteValidator,
    IValidator<DetailsModel.FollowUpInput> followUpValidator,
    CorrectiveActions correctiveActions,
    IConfiguration configuration,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record View(
        Incident Incident, string UnitName, string? FacilityName, string? AreaName,
        string? Cause, string? OriginArea, string? HeatSource, string? ItemFirstIgnited, string? PhotoName);

    public sealed class NoteInput
    {
        public string? Text { get; set; }

        public sealed class Validator : AbstractValidator<NoteInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Text).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung."])
                    .MaximumLength(IncidentLimits.TimelineText).WithMessage(_ => s["Không được dài quá {0} ký tự.", IncidentLimits.TimelineText]);
            }
        }
    }

    /// <summary>A follow-up action (biện pháp khắc phục) opened through the shared corrective-action mechanism.</summary>
    public sealed class FollowUpInput
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        /// <summary>An account of the incident's unit; empty means the unit's heads.</summary>
        public string? OwnerUserId { get; set; }

        /// <summary>The owner as shown, also for someone without an account.</summary>
        public string? OwnerName { get; set; }

        public DateOnly? DueOn { get; set; }

        public Severity? Severity { get; set; }

        public sealed class Validator : AbstractValidator<FollowUpInput>
        {
            public const int OwnerNameMaxLength = 300;

            public Validator(TimeProvider time, IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Title).NotEmpty().WithMessage(_ => s["Vui lòng nhập biện pháp khắc phục."])
                    .MaximumLength(CorrectiveAction.TitleMaxLength).WithMessage(_ => s["Không được dài quá {0} ký tự.", CorrectiveAction.TitleMaxLength]);
                RuleFor(x => x.Description).MaximumLength(CorrectiveAction.TextMaxLength).WithMessage(_ => s["Không được dài quá {0} ký tự.", CorrectiveAction.TextMaxLength]);
                RuleFor(x => x.OwnerName).MaximumLength(OwnerNameMaxLength).WithMessage(_ => s["Không được dài quá {0} ký tự.", OwnerNameMaxLength]);
                RuleFor(x => x.DueOn).NotNull().WithMessage(_ => s["Vui lòng chọn hạn hoàn thành."])
                    .Must(d => d is null || d >= VietnamTime.Today(time)).WithMessage(_ => s["Hạn hoàn thành không được trước hôm nay."]);
                RuleFor(x => x.Severity).NotNull().WithMessage(_ => s["Vui lòng chọn mức độ."])
                    .IsInEnum().WithMessage(_ => s["Vui lòng chọn mức độ."]);
            }
        }
    }

    public sealed record FollowUpRow(int Id, string Title, string? OwnerName, DateOnly DueOn, ActionStatus Status, Severity Severity);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public FollowUpInput FollowUp { get; set; } = new() { Severity = Severity.Major };

    public List<FollowUpRow> FollowUps { get; private set; } = [];

    public List<SelectListItem> Owners { get; private set; } = [];

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    public View Record { get; private set; } = null!;

    public List<IncidentTimelineEntry> Timeline { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// The written report (.docx, Nghị định 30/2020 format, through the shared writer) for the unit
    /// to number, sign and send; every reader of the incident may download it, and it is audited.
    /// </summary>
    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var incident = Record.Incident;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == incident.UnitId)
            .Select(u => new { u.Code, u.Name, u.HeadName, u.ParentId }).FirstAsync(cancellationToken);
        // The parent may lie outside a unit head's scope; only its name is read.
        var parentName = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == unit.ParentId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? unit.Name;
        var data = new IncidentReportData(
            incident, unit.Name, unit.Code, parentName, unit.HeadName,
            configuration["Documents:Place"] ?? "Hà Tĩnh", VietnamTime.Today(time))
        {
            FacilityName = Record.FacilityName,
            AreaName = Record.AreaName,
            Cause = Record.Cause,
            OriginArea = Record.OriginArea,
            HeatSource = Record.HeatSource,
            ItemFirstIgnited = Record.ItemFirstIgnited,
            Timeline = Timeline,
            FollowUps = [.. FollowUps.Select(f => $"{f.Title} — {f.OwnerName ?? "Lãnh đạo đơn vị"} — hạn {f.DueOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture)}")],
        };

        var stream = new MemoryStream();
        OfficialDocx.Write(IncidentReport.Build(data), stream);
        stream.Position = 0;
        db.AuditEntries.Add(AuditEntry.For(currentUser, time, AuditAction.Download, nameof(Incident), incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", IncidentReport.FileName(incident));
    }

    /// <summary>
    /// Opens a follow-up action for the incident (Source = Incident) through the shared
    /// <see cref="CorrectiveActions"/> service, which notifies the owner, and notes it in the
    /// timeline, all in one transaction.
    /// </summary>
    public async Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ReportIncidents)).Succeeded)
        {
            return Forbid();
        }

        var incident = await db.Incidents.AsNoTracking().Where(i => i.Id == Id).Select(i => new { i.Id, i.UnitId }).FirstOrDefaultAsync(cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        var result = await followUpValidator.ValidateAsync(FollowUp, cancellationToken);
        result.AddToModelState(ModelState, nameof(FollowUp));
        string? ownerName = null;
        if (!string.IsNullOrEmpty(FollowUp.OwnerUserId))
        {
            ownerName = await db.Users.Where(u => u.Id == FollowUp.OwnerUserId && u.UnitId == incident.UnitId && !u.IsDisabled)
                .Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
            if (ownerName is null)
            {
                ModelState.AddModelError("FollowUp.OwnerUserId", s["Người chịu trách nhiệm không thuộc đơn vị của sự việc."]);
            }
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var owner = string.IsNullOrWhiteSpace(FollowUp.OwnerName) ? ownerName : FollowUp.OwnerName.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var action = await correctiveActions.OpenAsync(
            new OpenActionRequest(
                incident.UnitId, ActionSource.Incident, incident.Id, FollowUp.Title!.Trim(), FollowUp.Description,
                FollowUp.Severity!.Value, FollowUp.DueOn, string.IsNullOrEmpty(FollowUp.OwnerUserId) ? null : FollowUp.OwnerUserId, owner),
            cancellationToken);
        db.IncidentTimelineEntries.Add(new IncidentTimelineEntry
        {
            IncidentId = incident.Id,
            UnitId = incident.UnitId,
            Kind = IncidentEntryKind.FollowUp,
            AtUtc = time.GetUtcNow().UtcDateTime,
            Text = $"{action.Title} — {owner ?? "Lãnh đạo đơn vị"} — hạn {action.DueOn.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture)}",
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData.Success(s["Đã giao biện pháp khắc phục."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    /// <summary>Appends a line to the timeline; lines are never edited or removed.</summary>
    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ReportIncidents)).Succeeded)
        {
            return Forbid();
        }

        var incident = await db.Incidents.AsNoTracking().Where(i => i.Id == Id).Select(i => new { i.Id, i.UnitId }).FirstOrDefaultAsync(cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        var result = await noteValidator.ValidateAsync(Note, cancellationToken);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Note));
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        db.IncidentTimelineEntries.Add(new IncidentTimelineEntry
        {
            IncidentId = incident.Id,
            UnitId = incident.UnitId,
            Kind = IncidentEntryKind.Note,
            AtUtc = time.GetUtcNow().UtcDateTime,
            Text = Note.Text!.Trim(),
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã thêm vào diễn biến."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (incident is null)
        {
            return false;
        }

        var codeIds = new[] { incident.CauseId, incident.OriginAreaId, incident.HeatSourceId, incident.ItemFirstIgnitedId }
            .Where(c => c is not null).Select(c => c!.Value).ToList();
        var codes = await db.IncidentCodes.AsNoTracking().Where(c => codeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => $"{c.Code} — {c.Name}", cancellationToken);
        string? Code(int? id) => id is { } i && codes.TryGetValue(i, out var name) ? name : null;

        Record = new View(
            incident,
            await db.Units.Where(u => u.Id == incident.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty,
            await db.Facilities.Where(f => f.Id == incident.FacilityId).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken),
            await db.Areas.Where(a => a.Id == incident.AreaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken),
            Code(incident.CauseId),
            Code(incident.OriginAreaId),
            Code(incident.HeatSourceId),
            Code(incident.ItemFirstIgnitedId),
            await db.EvidenceFiles.Where(f => f.Id == incident.PhotoFileId).Select(f => f.FileName).FirstOrDefaultAsync(cancellationToken));
        Timeline = await db.IncidentTimelineEntries.AsNoTracking().Where(e => e.IncidentId == Id)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        FollowUps = await db.CorrectiveActions.AsNoTracking()
            .Where(a => a.Source == ActionSource.Incident && a.SourceId == Id)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new FollowUpRow(a.Id, a.Title, a.OwnerName, a.DueOn, a.Status, a.Severity))
            .ToListAsync(cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.ReportIncidents)).Succeeded;
        if (CanEdit)
        {
            Owners = await db.Users.AsNoTracking().Where(u => u.UnitId == incident.UnitId && !u.IsDisabled).OrderBy(u => u.FullName)
                .Select(u => new SelectListItem(u.FullName, u.Id)).ToListAsync(cancellationToken);
        }

        return true;
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Incidents;

/// <summary>
/// The quick report ("báo nhanh"), built for a phone: type, unit, place, time, one sentence and an
/// optional photo. It is saved with its first timeline entry, and the office and the department's
/// leadership are notified in the same transaction.
/// </summary>
[Authorize(Policy = Permissions.ReportIncidents)]
// One photo (10 MB by default) and a few fields: a larger body is cut off before it is buffered.
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBodyBytes)]
public sealed class ReportModel(
    FireSafetyDbContext db,
    TimeProvider time,
    ICurrentUser currentUser,
    EvidenceUploads uploads,
    Notifier notifier,
    IValidator<QuickReportInput> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public const long MaxBodyBytes = 12 * 1024 * 1024;

    [BindProperty]
    public QuickReportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.UnitId = currentUser.UnitId;
        var now = VietnamTime.Now(time);
        Input.OccurredAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
        await LoadUnitsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        // The unit scope hides other units: a UnitHead cannot report for one.
        if (Input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", s["Đơn vị không hợp lệ."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        var (files, errors) = await uploads.SaveAsync(Photo is null ? [] : [Photo], Input.UnitId!.Value, cancellationToken);
        if (errors.Count > 0)
        {
            errors.ForEach(e => ModelState.AddModelError(nameof(Photo), e));
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var incident = Input.ToIncident(now, currentUser.UserId, currentUser.UserName);
        incident.PhotoFileId = files.FirstOrDefault()?.Id;
        incident.Timeline.Add(new IncidentTimelineEntry
        {
            UnitId = incident.UnitId,
            Kind = IncidentEntryKind.Reported,
            AtUtc = now,
            Text = incident.Summary,
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
        });
        db.Incidents.Add(incident);

        // The notification links to the new record, so it needs its id: both saves share one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(incident, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData.Success(s["Đã gửi báo nhanh. Văn phòng Sở và Lãnh đạo Sở đã được thông báo."]);
        return RedirectToPage("./Details", new { id = incident.Id });
    }

    private async Task NotifyAsync(Incident incident, CancellationToken cancellationToken)
    {
        var unitName = await db.Units.Where(u => u.Id == incident.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        var local = IncidentLabels.Time(incident.OccurredAtUtc);
        var text = $"Báo nhanh {IncidentTypes.Name(incident.Type).ToLowerInvariant()}: {unitName} — {incident.Place}, {local}. {incident.Summary}";
        var url = Url.Page("/Incidents/Details", new { id = incident.Id });
        var dedup = $"incident:{incident.Id}";
        await notifier.NotifyAsync(new Recipients.Role(Roles.Office), NotificationKind.IncidentReported, text, url, dedup, cancellationToken);
        await notifier.NotifyAsync(new Recipients.Role(Roles.Leader), NotificationKind.IncidentReported, text, url, dedup, cancellationToken);
    }

    private async Task LoadUnitsAsync(CancellationToken cancellationToken) =>
        Units = await UnitOptions.ListAsync(db, Input.UnitId, cancellationToken: cancellationToken);
}

using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
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
/// The full record, completed after the quick report: times, place, description, coded cause,
/// casualties and property, forces and the "4 tại chỗ". The unit and the reporter do not change;
/// each save adds a line to the timeline.
/// </summary>
[Authorize(Policy = Permissions.ReportIncidents)]
public sealed class EditModel(
    FireSafetyDbContext db,
    TimeProvider time,
    ICurrentUser currentUser,
    IValidator<IncidentRecordInput> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public IncidentRecordInput Input { get; set; } = new();

    public string UnitName { get; private set; } = string.Empty;

    public List<SelectListItem> Facilities { get; private set; } = [];

    public List<SelectListItem> Areas { get; private set; } = [];

    public Dictionary<IncidentCodeKind, List<SelectListItem>> Codes { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        Input = IncidentRecordInput.From(incident);
        await LoadListsAsync(incident.UnitId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The unit scope makes another unit's incident simply not found.
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        await CheckReferencesAsync(incident.UnitId, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadListsAsync(incident.UnitId, cancellationToken);
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var completing = incident.RecordedAtUtc is null;
        db.Entry(incident).Property(i => i.Version).OriginalValue = Input.Version;
        Input.ApplyTo(incident, now);
        db.IncidentTimelineEntries.Add(new IncidentTimelineEntry
        {
            IncidentId = incident.Id,
            UnitId = incident.UnitId,
            Kind = IncidentEntryKind.RecordUpdated,
            AtUtc = now,
            Text = completing ? "Hoàn thiện hồ sơ sự việc." : "Cập nhật hồ sơ sự việc.",
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, IncidentRecordInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadListsAsync(incident.UnitId, cancellationToken);
            return Page();
        }

        TempData.Success(s["Đã lưu hồ sơ sự việc."]);
        return RedirectToPage("./Details", new { id = incident.Id });
    }

    /// <summary>Codes must come from the right list; the facility must be the unit's, the area the facility's.</summary>
    private async Task CheckReferencesAsync(int unitId, CancellationToken cancellationToken)
    {
        var references = Input.CodeReferences().ToList();
        var ids = references.Select(r => r.Id).ToList();
        var kinds = await db.IncidentCodes.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Kind, cancellationToken);
        foreach (var (field, id, kind) in references)
        {
            if (!kinds.TryGetValue(id, out var actual) || actual != kind)
            {
                ModelState.AddModelError($"Input.{field}", s["Giá trị không hợp lệ."]);
            }
        }

        if (Input.FacilityId is { } facilityId && !await db.Facilities.AnyAsync(f => f.Id == facilityId && f.UnitId == unitId, cancellationToken))
        {
            ModelState.AddModelError("Input.FacilityId", s["Cơ sở không thuộc đơn vị của sự việc."]);
        }

        if (Input.AreaId is { } areaId && Input.FacilityId is { } facility && !await db.Areas.AnyAsync(a => a.Id == areaId && a.FacilityId == facility, cancellationToken))
        {
            ModelState.AddModelError("Input.AreaId", s["Khu vực không thuộc cơ sở đã chọn."]);
        }
    }

    private async Task LoadListsAsync(int unitId, CancellationToken cancellationToken)
    {
        UnitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.UnitId == unitId).OrderBy(f => f.Name)
            .Select(f => new { f.Id, f.Name, Areas = f.Areas.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToList() })
            .ToListAsync(cancellationToken);
        Facilities = [.. facilities.Select(f => new SelectListItem(f.Name, Key(f.Id), f.Id == Input.FacilityId))];
        Areas = [.. facilities.SelectMany(f =>
        {
            var group = new SelectListGroup { Name = f.Name };
            return f.Areas.Select(a => new SelectListItem(a.Name, Key(a.Id), a.Id == Input.AreaId) { Group = group });
        })];
        var selected = Input.CodeReferences().Select(r => r.Id).ToList();
        var codes = await db.IncidentCodes.AsNoTracking().Where(c => c.IsActive || selected.Contains(c.Id))
            .OrderBy(c => c.Kind).ThenBy(c => c.SortOrder).ToListAsync(cancellationToken);
        Codes = Enum.GetValues<IncidentCodeKind>().ToDictionary(
            k => k,
            k => codes.Where(c => c.Kind == k).Select(c => new SelectListItem($"{c.Code} — {c.Name}", Key(c.Id), selected.Contains(c.Id))).ToList());
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>
/// The phone form: every item's answer is its own small POST, saved at once (htmx swaps just that
/// item; without script the form posts and the page comes back at the item), so nothing is lost
/// when the connection drops and another device resumes the draft. Submitting checks everything.
/// </summary>
[Authorize(Policy = Permissions.ConductInspections)]
public sealed class FillModel(FireSafetyDbContext db, SelfInspections inspections, EvidenceUploads uploads, ICurrentUser currentUser, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>One item at a time (its 1-based index), or the compact list when null.</summary>
    [BindProperty(SupportsGet = true, Name = "i")]
    public int? One { get; set; }

    [BindProperty]
    public int ItemId { get; set; }

    [BindProperty]
    public AnswerResult? Result { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The version of the item's answer the person saw (0 when unanswered).</summary>
    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? Recommendations { get; set; }

    public Inspection Inspection { get; private set; } = null!;

    public string FacilityName { get; private set; } = string.Empty;

    public List<ItemView> Items { get; private set; } = [];

    public InspectionScore Score { get; private set; } = InspectionScore.Compute([]);

    public Dictionary<string, string> ItemErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Inspection.Status == InspectionStatus.Draft ? Page() : RedirectToPage("./Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (inspection is null)
        {
            return NotFound();
        }

        string? error = null;
        if (Note?.Length > Inspection.TextMaxLength)
        {
            error = s[InspectionRules.NoteMaxLength, Inspection.TextMaxLength];
        }

        var fileIds = new List<Guid>();
        if (error is null && Files.Count > 0)
        {
            var (files, errors) = await uploads.SaveAsync(Files, inspection.UnitId, cancellationToken);
            error = errors.Count > 0 ? string.Join(" ", errors) : null;
            fileIds = [.. files.Select(f => f.Id)];
        }

        if (error is null && await inspections.SaveAnswerAsync(inspection, ItemId, Result, Note, fileIds, Version, cancellationToken) is { } refusal)
        {
            error = refusal.IsConflict
                ? s[refusal.Message, refusal.SavedBy ?? string.Empty, VietnamTime.ToLocal(refusal.SavedAtUtc!.Value).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), s[InspectionLabels.Result(refusal.SavedResult)]]
                : s[refusal.Message];
        }

        var isHtmx = Request.Headers.ContainsKey("HX-Request");
        if (isHtmx || error is not null)
        {
            db.ChangeTracker.Clear();
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            var item = Items.FirstOrDefault(i => i.ItemId == ItemId);
            if (item is null)
            {
                return NotFound();
            }

            // A refused answer keeps what the person chose on screen, with the reason; after a
            // conflict the form carries the stored version, so saving again overwrites on purpose.
            var shown = error is null ? item with { Saved = true } : item with { Result = Result ?? item.Result, Note = Note, Error = error };
            if (isHtmx)
            {
                return Partial("_ItemForm", shown);
            }

            Items[Items.IndexOf(item)] = shown;
            ItemErrors[item.Code] = error!;
            return Page();
        }

        TempData.Success(s["Đã lưu."]);
        if (One is { } index)
        {
            return RedirectToPage("./Fill", null, new { id = Id, i = index + 1 }, null);
        }

        var code = await db.ChecklistItems.Where(i => i.Id == ItemId).Select(i => i.Code).FirstOrDefaultAsync(cancellationToken);
        return RedirectToPage("./Fill", null, new { id = Id }, "item-" + code);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (inspection is null)
        {
            return NotFound();
        }

        if (Recommendations?.Length > Inspection.TextMaxLength)
        {
            ModelState.AddModelError(nameof(Recommendations), s["Nội dung không được dài quá {0} ký tự.", Inspection.TextMaxLength]);
            return await RedisplayAsync(cancellationToken);
        }

        // A unit head who submits owns the actions it opens; when the office submits for a unit,
        // the unit's heads do (owner left empty).
        var isUnitHead = User.IsInRole(Roles.UnitHead);
        IReadOnlyList<(string ItemCode, string Message)> errors;
        try
        {
            errors = await inspections.SubmitAsync(inspection, Recommendations, isUnitHead ? currentUser.UserId : null, isUnitHead ? currentUser.UserName : null, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two submits in the same instant (a double click, two tabs): both found a draft, the
            // other one saved first. Its submission stands; this one is refused, nothing is lost.
            ModelState.AddModelError(string.Empty, s[SelfInspections.NotDraft]);
            return await RedisplayAsync(cancellationToken);
        }

        if (errors.Count > 0)
        {
            foreach (var (code, message) in errors)
            {
                var text = s[message, code].Value;
                ModelState.AddModelError(string.Empty, text);
                ItemErrors.TryAdd(code, text);
            }

            return await RedisplayAsync(cancellationToken);
        }

        TempData.Success(s["Đã nộp biên bản tự kiểm tra."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (inspection is null)
        {
            return false;
        }

        Inspection = inspection;
        FacilityName = await db.Facilities.Where(f => f.Id == inspection.FacilityId).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var items = await db.ChecklistItems.AsNoTracking()
            .Where(i => i.Section!.TemplateId == inspection.TemplateId)
            .OrderBy(i => i.Section!.SortOrder).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.Code, i.Text, i.LegalBasis, i.Severity, Section = i.Section!.Code + ". " + i.Section.Title })
            .ToListAsync(cancellationToken);
        var answers = await db.InspectionAnswers.AsNoTracking().Where(a => a.InspectionId == Id)
            .Select(a => new { a.ItemId, a.Result, a.Note, a.CarriedOver, a.Version, Files = a.Files.Select(f => f.FileId).ToList() })
            .ToDictionaryAsync(a => a.ItemId, cancellationToken);
        var fileIds = answers.Values.SelectMany(a => a.Files).ToList();
        var names = await db.EvidenceFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.FileName, cancellationToken);
        Items = [.. items.Select((i, index) =>
        {
            answers.TryGetValue(i.Id, out var a);
            return new ItemView(
                Id, index + 1, i.Id, i.Code, i.Section, i.Text, i.LegalBasis, i.Severity, a?.Result, a?.Note, a?.CarriedOver ?? false,
                [.. (a?.Files ?? []).Where(names.ContainsKey).Select(f => (f, names[f]))], One is not null, a?.Version ?? 0);
        })];
        Score = InspectionScore.Compute(Items.Select(i => new ItemAnswer(i.ItemId, i.Code, i.Text, i.Severity, i.Result, i.Note)));
        if (One is not null)
        {
            One = Math.Clamp(One.Value, 1, Math.Max(1, Items.Count));
        }

        return true;
    }
}

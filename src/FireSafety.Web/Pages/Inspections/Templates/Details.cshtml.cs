using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections.Templates;

/// <summary>
/// One checklist revision. A published one is frozen: "new version" copies it into a draft whose
/// items can be edited; publishing the draft retires the old revision (inspections keep theirs).
/// </summary>
public sealed class DetailsModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public ChecklistTemplate Template { get; private set; } = null!;

    public int? DraftId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNewRevisionAsync(CancellationToken cancellationToken)
    {
        var source = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Sections).ThenInclude(s => s.Items).FirstOrDefaultAsync(t => t.Id == Id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        var existingDraft = await db.ChecklistTemplates.Where(t => t.Code == source.Code && t.Status == TemplateStatus.Draft).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (existingDraft is { } draftId)
        {
            TempData.Warning(s["Đã có một bản nháp của bộ tiêu chí này."]);
            return RedirectToPage("./Details", new { id = draftId });
        }

        var latest = await db.ChecklistTemplates.Where(t => t.Code == source.Code).MaxAsync(t => t.Revision, cancellationToken);
        var draft = TemplateVersioning.NewRevision(source, latest, time.GetUtcNow().UtcDateTime);
        db.ChecklistTemplates.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã tạo phiên bản mới (bản nháp); sửa các tiêu chí rồi ban hành."]);
        return RedirectToPage("./Details", new { id = draft.Id });
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var draft = await db.ChecklistTemplates.Include(t => t.Sections).ThenInclude(s => s.Items).FirstOrDefaultAsync(t => t.Id == Id, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        var sameCode = await db.ChecklistTemplates.Where(t => t.Code == draft.Code && t.Id != draft.Id).ToListAsync(cancellationToken);
        db.Entry(draft).Property(t => t.Version).OriginalValue = Version;
        if (TemplateVersioning.Publish(draft, sameCode, time.GetUtcNow().UtcDateTime) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, s[refusal]);
            db.ChangeTracker.Clear();
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, s["Bộ tiêu chí vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData.Success(s["Đã ban hành phiên bản {0}.", draft.Revision]);
        return RedirectToPage("./Details", new { id = draft.Id });
    }

    /// <summary>Moves an item of a draft one place up (−1) or down (+1) in its section.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int itemId, int delta, CancellationToken cancellationToken)
    {
        var section = await DraftSectionOfAsync(itemId, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        if (TemplateVersioning.Move(section, itemId, delta))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage("./Details", null, new { id = Id }, "item-" + section.Items.First(i => i.Id == itemId).Code);
    }

    /// <summary>Removes an item from a draft (published revisions, and the inspections filled against them, keep it).</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int itemId, CancellationToken cancellationToken)
    {
        var section = await DraftSectionOfAsync(itemId, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        var item = section.Items.First(i => i.Id == itemId);
        db.ChecklistItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã bỏ tiêu chí {0} khỏi bản nháp.", item.Code]);
        return RedirectToPage("./Details", new { id = Id });
    }

    /// <summary>The section of an item of this template, with its items, when the template is a draft.</summary>
    private async Task<ChecklistSection?> DraftSectionOfAsync(int itemId, CancellationToken cancellationToken)
    {
        var template = await db.ChecklistTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == Id, cancellationToken);
        if (template is null || !TemplateVersioning.CanEdit(template))
        {
            return null;
        }

        return await db.ChecklistSections.Include(x => x.Items)
            .FirstOrDefaultAsync(x => x.TemplateId == Id && x.Items.Any(i => i.Id == itemId), cancellationToken);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var template = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Sections).ThenInclude(s => s.Items).FirstOrDefaultAsync(t => t.Id == Id, cancellationToken);
        if (template is null)
        {
            return false;
        }

        Template = template;
        Version = template.Version;
        ModelState.Remove(nameof(Version));
        DraftId = await db.ChecklistTemplates.Where(t => t.Code == template.Code && t.Status == TemplateStatus.Draft).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        return true;
    }
}

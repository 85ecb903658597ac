using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections.Templates;

/// <summary>
/// Adds an item at the end of a section of a draft revision, with the section's next code never
/// used by any revision of the checklist; a published revision's sections are not found (frozen).
/// </summary>
public sealed class AddItemModel(FireSafetyDbContext db, IValidator<EditItemModel.ItemInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    /// <summary>The section.</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditItemModel.ItemInput Input { get; set; } = new() { Severity = Core.Actions.Severity.Major };

    public string Code { get; private set; } = string.Empty;

    public string SectionTitle { get; private set; } = string.Empty;

    public int TemplateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var section = await LoadAsync(cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        // A value that did not bind (a choice that is not in the list) is a refusal too: the
        // validator sees the property's default in its place.
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (!result.IsValid || !ModelState.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        section.Items.Add(new ChecklistItem
        {
            Code = Code,
            Text = Input.Text!.Trim(),
            TextEn = string.IsNullOrWhiteSpace(Input.TextEn) ? null : Input.TextEn.Trim(),
            LegalBasis = string.IsNullOrWhiteSpace(Input.LegalBasis) ? null : Input.LegalBasis.Trim(),
            Severity = Input.Severity,
            SortOrder = section.Items.Select(i => i.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã thêm tiêu chí {0}.", Code]);
        return RedirectToPage("./Details", null, new { id = TemplateId }, "item-" + Code);
    }

    /// <summary>The section with its items, only when its revision is a draft; sets the new item's code.</summary>
    private async Task<ChecklistSection?> LoadAsync(CancellationToken cancellationToken)
    {
        var section = await db.ChecklistSections.Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == Id, cancellationToken);
        if (section is null)
        {
            return null;
        }

        var template = await db.ChecklistTemplates.AsNoTracking().FirstAsync(t => t.Id == section.TemplateId, cancellationToken);
        if (!TemplateVersioning.CanEdit(template))
        {
            return null;
        }

        var used = await db.ChecklistItems.Where(i => db.ChecklistTemplates.Any(t => t.Id == i.Section!.TemplateId && t.Code == template.Code))
            .Select(i => i.Code).ToListAsync(cancellationToken);
        Code = TemplateVersioning.NextItemCode(section.Code, used);
        SectionTitle = section.Code + ". " + section.Title;
        TemplateId = template.Id;
        return section;
    }
}

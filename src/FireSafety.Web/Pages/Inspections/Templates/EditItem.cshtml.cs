using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections.Templates;

/// <summary>Edits one item of a draft revision; a published revision's items are refused (frozen).</summary>
public sealed class EditItemModel(FireSafetyDbContext db, IValidator<EditItemModel.ItemInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class ItemInput
    {
        public string? Text { get; set; }

        public string? TextEn { get; set; }

        public string? LegalBasis { get; set; }

        public Core.Actions.Severity Severity { get; set; }

        public sealed class Validator : AbstractValidator<ItemInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Text).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung tiêu chí."])
                    .MaximumLength(ChecklistItem.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", ChecklistItem.TextMaxLength]);
                RuleFor(x => x.TextEn).MaximumLength(ChecklistItem.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", ChecklistItem.TextMaxLength]);
                RuleFor(x => x.LegalBasis).MaximumLength(500).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", 500]);
                RuleFor(x => x.Severity).IsInEnum().WithMessage(_ => s["Mức độ không hợp lệ."]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public string Code { get; private set; } = string.Empty;

    public int TemplateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var item = await LoadAsync(cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Input = new ItemInput { Text = item.Text, TextEn = item.TextEn, LegalBasis = item.LegalBasis, Severity = item.Severity };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var item = await LoadAsync(cancellationToken);
        if (item is null)
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

        item.Text = Input.Text!.Trim();
        item.TextEn = string.IsNullOrWhiteSpace(Input.TextEn) ? null : Input.TextEn.Trim();
        item.LegalBasis = string.IsNullOrWhiteSpace(Input.LegalBasis) ? null : Input.LegalBasis.Trim();
        item.Severity = Input.Severity;
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã lưu tiêu chí {0}.", item.Code]);
        return RedirectToPage("./Details", new { id = TemplateId });
    }

    /// <summary>The item, only when its revision is a draft (a published one is frozen: not found).</summary>
    private async Task<ChecklistItem?> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await db.ChecklistItems.Include(i => i.Section).FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var template = await db.ChecklistTemplates.AsNoTracking().FirstAsync(t => t.Id == item.Section!.TemplateId, cancellationToken);
        if (!TemplateVersioning.CanEdit(template))
        {
            return null;
        }

        Code = item.Code;
        TemplateId = template.Id;
        return item;
    }
}

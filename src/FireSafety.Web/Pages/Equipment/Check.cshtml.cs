using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>
/// The monthly quick check, opened from the item's QR label on a phone: six switches (all "yes"
/// by default), an optional note, one button. A failed check opens a corrective action.
/// </summary>
[Authorize(Policy = Permissions.EditRegisters)]
public sealed class CheckModel(FireSafetyDbContext db, EquipmentChecks checks, IValidator<CheckModel.CheckInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class CheckInput
    {
        public bool InPlace { get; set; } = true;

        public bool AccessClear { get; set; } = true;

        public bool GaugeGreen { get; set; } = true;

        public bool PinAndSealIntact { get; set; } = true;

        public bool NoDamage { get; set; } = true;

        public bool LabelLegible { get; set; } = true;

        public string? Note { get; set; }

        public CheckAnswers ToAnswers() => new(InPlace, AccessClear, GaugeGreen, PinAndSealIntact, NoDamage, LabelLegible, Note);

        public sealed class Validator : AbstractValidator<CheckInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Note).MaximumLength(EquipmentCheck.NoteMaxLength).WithMessage(_ => s["Ghi chú không được dài quá {0} ký tự.", EquipmentCheck.NoteMaxLength]);
                RuleFor(x => x.Note).NotEmpty().When(x => !x.ToAnswers().Passed).WithMessage(_ => s["Vui lòng ghi rõ tình trạng khi phương tiện không đạt."]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public CheckInput Input { get; set; } = new();

    public EquipmentItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's item is not found: the unit scope filter applies.
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var check = await checks.RecordAsync(Item, Input.ToAnswers(), cancellationToken);
        if (check.Passed)
        {
            TempData.Success(s["Đã ghi nhận kiểm tra phương tiện \"{0}\": đạt.", Item.Code]);
        }
        else
        {
            TempData.Warning(s["Đã ghi nhận kiểm tra phương tiện \"{0}\": không đạt. Đã mở biện pháp khắc phục.", Item.Code]);
        }

        return RedirectToPage("./Details", new { id = Item.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await db.EquipmentItems.Include(i => i.Type).Include(i => i.Area!).ThenInclude(a => a.Facility)
            .FirstOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }
}

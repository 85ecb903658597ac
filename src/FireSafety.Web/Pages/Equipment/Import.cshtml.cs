using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>
/// Bulk onboarding from Excel into one facility: download the template, upload a filled file;
/// every row is validated and either all rows are imported or none, with a row/column error list.
/// </summary>
[Authorize(Policy = Permissions.EditRegisters)]
public sealed class ImportModel(FireSafetyDbContext db, TimeProvider time, IValidator<ImportModel.ImportInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class ImportInput
    {
        public int? FacilityId { get; set; }

        public IFormFile? File { get; set; }

        public sealed class Validator : AbstractValidator<ImportInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.FacilityId).NotNull().WithMessage(_ => s["Vui lòng chọn cơ sở."]);
                RuleFor(x => x.File).NotNull().WithMessage(_ => s["Vui lòng chọn tệp Excel."]);
                RuleFor(x => x.File!.Length).LessThanOrEqualTo(EquipmentExcel.MaxBytes).When(x => x.File is not null)
                    .WithName(nameof(File)).WithMessage(_ => s["Tệp không được lớn quá {0} MB.", EquipmentExcel.MaxBytes / 1024 / 1024]);
            }
        }
    }

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public List<SelectListItem> Facilities { get; private set; } = [];

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        var types = await db.EquipmentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        return File(EquipmentExcel.Template(types), EquipmentExcel.ContentType, "mau-nhap-phuong-tien-pccc.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        var facility = Input.FacilityId is null ? null
            : await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Input.FacilityId, cancellationToken);
        if (Input.FacilityId is not null && facility is null)
        {
            ModelState.AddModelError("Input.FacilityId", s["Cơ sở không hợp lệ."]);
        }

        await using var content = new MemoryStream();
        if (ModelState.IsValid && Input.File is { } file)
        {
            await file.CopyToAsync(content, cancellationToken);
            var head = content.GetBuffer().AsSpan(0, (int)Math.Min(4, content.Length));
            if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || !EquipmentExcel.LooksLikeXlsx(head))
            {
                ModelState.AddModelError("Input.File", s["Chỉ nhận tệp Excel (.xlsx). Hãy dùng tệp mẫu."]);
            }
        }

        if (!ModelState.IsValid || facility is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        content.Position = 0;
        var areas = await db.Areas.AsNoTracking().Where(a => a.FacilityId == facility.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var areaIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in areas)
        {
            areaIds.TryAdd(area.Name.Trim(), area.Id);
        }

        var types = await db.EquipmentTypes.AsNoTracking().ToListAsync(cancellationToken);
        var typeIds = types.ToDictionary(t => t.Code, t => t.Id, StringComparer.OrdinalIgnoreCase);
        var existing = (await db.EquipmentItems.Where(i => i.UnitId == facility.UnitId).Select(i => i.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var read = EquipmentExcel.Read(content, areaIds, typeIds, existing, VietnamTime.Today(time));
        if (!read.IsValid)
        {
            Errors = read.Errors;
            ModelState.AddModelError(string.Empty, s["Tệp có lỗi, chưa nhập phương tiện nào. Hãy sửa các lỗi dưới đây rồi tải lên lại."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var byId = types.ToDictionary(t => t.Id);
        foreach (var row in read.Rows)
        {
            var item = new EquipmentItem
            {
                UnitId = facility.UnitId,
                AreaId = row.AreaId,
                TypeId = row.TypeId,
                Code = row.Code,
                Serial = row.Serial,
                ManufacturedOn = row.ManufacturedOn,
                CommissionedOn = row.CommissionedOn,
                LastCheckedOn = row.LastCheckedOn,
                LastMaintainedOn = row.LastMaintainedOn,
                Note = row.Note,
                Status = EquipmentStatus.InService,
            };
            item.Recompute(byId[row.TypeId]);
            db.EquipmentItems.Add(item);
        }

        // One SaveChanges: one transaction, all rows or none.
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(s["Đã nhập {0} phương tiện vào cơ sở \"{1}\".", read.Rows.Count, facility.Name]);
        return RedirectToPage("./Index", new { unitId = facility.UnitId });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.IsActive || f.Id == Input.FacilityId)
            .OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        Facilities = [.. facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture), f.Id == Input.FacilityId))];
    }
}

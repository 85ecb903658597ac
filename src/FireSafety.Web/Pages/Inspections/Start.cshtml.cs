using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>
/// Starts a self-inspection: first the facility (a plain GET, so it works without script), then
/// its areas, the inspectors, the checklist revision and whether to carry over open findings.
/// </summary>
[Authorize(Policy = Permissions.ConductInspections)]
public sealed class StartModel(FireSafetyDbContext db, SelfInspections inspections, TimeProvider time, IValidator<StartModel.StartInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class StartInput
    {
        public int? FacilityId { get; set; }

        public List<int> AreaIds { get; set; } = [];

        public string? Inspectors { get; set; }

        public int? TemplateId { get; set; }

        public string? InspectedOn { get; set; }

        public bool CarryOver { get; set; } = true;

        public sealed class Validator : AbstractValidator<StartInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.FacilityId).NotNull().WithMessage(_ => s["Vui lòng chọn cơ sở."]);
                RuleFor(x => x.TemplateId).NotNull().WithMessage(_ => s["Vui lòng chọn bộ tiêu chí."]);
                RuleFor(x => x.Inspectors).NotEmpty().WithMessage(_ => s["Vui lòng ghi thành phần kiểm tra (họ tên, chức vụ)."])
                    .MaximumLength(2000).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", 2000]);
                RuleFor(x => x.InspectedOn).NotEmpty().WithMessage(_ => s["Vui lòng nhập ngày kiểm tra."])
                    .Must(d => d is null || ParseDate(d) is not null).WithMessage(_ => s["Ngày không hợp lệ (dd/MM/yyyy)."]);
            }
        }
    }

    [BindProperty]
    public StartInput Input { get; set; } = new();

    public List<SelectListItem> Facilities { get; private set; } = [];

    public List<SelectListItem> Areas { get; private set; } = [];

    public List<SelectListItem> Templates { get; private set; } = [];

    public async Task OnGetAsync(int? facilityId, CancellationToken cancellationToken)
    {
        Input.FacilityId = facilityId;
        Input.InspectedOn = VietnamTime.Today(time).ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);
        await LoadAsync(cancellationToken);
        Input.TemplateId = Templates.FirstOrDefault() is { } first ? int.Parse(first.Value, CultureInfo.InvariantCulture) : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        // The unit scope makes another unit's facility not found: refused like an unknown one.
        var facility = Input.FacilityId is null ? null
            : await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Input.FacilityId && f.IsActive, cancellationToken);
        if (Input.FacilityId is not null && facility is null)
        {
            ModelState.AddModelError("Input.FacilityId", s["Cơ sở không hợp lệ."]);
        }

        if (Input.TemplateId is not null && !await db.ChecklistTemplates.AnyAsync(t => t.Id == Input.TemplateId && t.Status == TemplateStatus.Published, cancellationToken))
        {
            ModelState.AddModelError("Input.TemplateId", s["Bộ tiêu chí không hợp lệ."]);
        }

        if (!ModelState.IsValid || facility is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var areaNames = await db.Areas.AsNoTracking()
            .Where(a => a.FacilityId == facility.Id && Input.AreaIds.Contains(a.Id))
            .OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken);
        var inspection = await inspections.StartAsync(
            new StartInspection(facility.UnitId, facility.Id, string.Join("; ", areaNames), Input.Inspectors!, Input.TemplateId!.Value, ParseDate(Input.InspectedOn)!.Value, Input.CarryOver),
            cancellationToken);
        TempData.Success(s["Đã bắt đầu lần kiểm tra; mỗi câu trả lời được lưu ngay khi chọn."]);
        return RedirectToPage("./Fill", new { id = inspection.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Facilities = await db.Facilities.AsNoTracking().Where(f => f.IsActive)
            .OrderBy(f => f.Unit!.Name).ThenBy(f => f.Name)
            .Select(f => new SelectListItem(f.Unit!.Name + " — " + f.Name, f.Id.ToString(CultureInfo.InvariantCulture), f.Id == Input.FacilityId))
            .ToListAsync(cancellationToken);
        if (Input.FacilityId is null && Facilities.Count == 1)
        {
            Input.FacilityId = int.Parse(Facilities[0].Value, CultureInfo.InvariantCulture);
        }

        Areas = Input.FacilityId is null ? [] : await db.Areas.AsNoTracking().Where(a => a.FacilityId == Input.FacilityId)
            .OrderBy(a => a.Name)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture), Input.AreaIds.Contains(a.Id)))
            .ToListAsync(cancellationToken);
        Templates = await db.ChecklistTemplates.AsNoTracking().Where(t => t.Status == TemplateStatus.Published)
            .OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name + " (phiên bản " + t.Revision + ")", t.Id.ToString(CultureInfo.InvariantCulture), t.Id == Input.TemplateId))
            .ToListAsync(cancellationToken);
    }

    internal static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), [VietnamTime.DateFormat, "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

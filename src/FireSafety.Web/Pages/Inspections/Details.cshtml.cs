using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>A submitted inspection: score, failures (critical first), findings and their actions.</summary>
public sealed class DetailsModel(FireSafetyDbContext db, SelfInspections inspections, IAuthorizationService authorization, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public int FindingId { get; set; }

    [BindProperty]
    public string? DueOn { get; set; }

    public InspectionReport Report { get; private set; } = null!;

    public bool CanAct { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var report = await InspectionReport.LoadAsync(db, Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        if (report.Inspection.Status == InspectionStatus.Draft)
        {
            return RedirectToPage("./Fill", new { id = Id });
        }

        Report = report;
        CanAct = (await authorization.AuthorizeAsync(User, Permissions.ConductInspections)).Succeeded;
        return Page();
    }

    /// <summary>Turns a (non-critical) finding into a corrective action by hand.</summary>
    public async Task<IActionResult> OnPostCreateActionAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ConductInspections)).Succeeded)
        {
            return Forbid();
        }

        var finding = await db.Findings.FirstOrDefaultAsync(f => f.Id == FindingId && f.InspectionId == Id, cancellationToken);
        if (finding is null)
        {
            return NotFound();
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(DueOn))
        {
            due = StartModel.ParseDate(DueOn);
            if (due is null)
            {
                ModelState.AddModelError(nameof(DueOn), s["Ngày không hợp lệ (dd/MM/yyyy)."]);
                return await OnGetAsync(cancellationToken);
            }
        }

        var action = await inspections.CreateActionAsync(finding, due, null, null, cancellationToken);
        TempData.Success(action is null ? s["Tồn tại này đã có biện pháp khắc phục."] : s["Đã tạo biện pháp khắc phục."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    public static string Date(DateOnly? date) => date?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;
}

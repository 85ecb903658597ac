using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

[Authorize(Policy = Permissions.ManagePlans)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<PlanInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time)
    : PlanFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int? FacilityId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.FacilityId = FacilityId;
        Input.Title = "Phương án chữa cháy, cứu nạn, cứu hộ tại chỗ";
        await LoadListsAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAddRowAsync(CancellationToken cancellationToken) => AddRowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ValidateAsync(cancellationToken) is not { } unitId)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var plan = new ResponsePlan
        {
            SeriesKey = Guid.NewGuid(),
            Revision = 1,
            Status = PlanStatus.Draft,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        Input.ApplyTo(plan, unitId);
        Db.ResponsePlans.Add(plan);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã lưu dự thảo phương án."]);
        return RedirectToPage("./Details", new { id = plan.Id });
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

/// <summary>
/// Approves the current draft revision of a plan (the office or a leader): who approved it (name,
/// title) and when. The revision in force before it becomes superseded on that day.
/// </summary>
[Authorize(Policy = Permissions.ApprovePlans)]
public sealed class ApproveModel(FireSafetyDbContext db, UserManager<AppUser> users, IValidator<ApproveModel.ApprovalInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time) : PageModel
{
    public sealed class ApprovalInput
    {
        public string ApprovedBy { get; set; } = string.Empty;

        public DateOnly? ApprovedOn { get; set; }

        public DateOnly? NextReviewOn { get; set; }

        public long Version { get; set; }
    }

    public sealed class ApprovalValidator : AbstractValidator<ApprovalInput>
    {
        public ApprovalValidator(IStringLocalizer<SharedResource> s, TimeProvider time)
        {
            RuleFor(x => x.ApprovedBy).NotEmpty().WithMessage(_ => s["Vui lòng nhập người phê duyệt."])
                .MaximumLength(ResponsePlan.ApproverMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", ResponsePlan.ApproverMaxLength]);
            RuleFor(x => x.ApprovedOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày phê duyệt."])
                .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày phê duyệt không được sau hôm nay."]);
            RuleFor(x => x.NextReviewOn).Must((x, d) => d is null || x.ApprovedOn is null || d > x.ApprovedOn)
                .WithMessage(_ => s["Ngày rà soát phải sau ngày phê duyệt."]);
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ApprovalInput Input { get; set; } = new();

    public ResponsePlan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.ResponsePlans.AsNoTracking().Include(p => p.Facility).FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (plan.Status != PlanStatus.Draft || !plan.IsCurrent)
        {
            TempData.Warning(s[PlanRules.OnlyDraftsApprove]);
            return RedirectToPage("./Details", new { id = plan.Id });
        }

        Plan = plan;
        var user = await users.GetUserAsync(User);
        Input = new ApprovalInput
        {
            ApprovedBy = user is null ? string.Empty : string.IsNullOrWhiteSpace(user.JobTitle) ? user.FullName : $"{user.FullName}, {user.JobTitle}",
            ApprovedOn = VietnamTime.Today(time),
            NextReviewOn = plan.NextReviewOn,
            Version = plan.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await db.ResponsePlans.Include(p => p.Facility).FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var sameSeries = await db.ResponsePlans.Where(p => p.SeriesKey == plan.SeriesKey && p.Id != plan.Id).ToListAsync(cancellationToken);
        if (PlanRules.Approve(plan, sameSeries, Input.ApprovedBy, Input.ApprovedOn!.Value) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, s[refusal]);
            return Page();
        }

        if (Input.NextReviewOn is not null)
        {
            plan.NextReviewOn = Input.NextReviewOn;
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, s["Phương án vừa được người khác sửa. Vui lòng tải lại trang."]);
            return Page();
        }

        TempData.Success(s["Đã phê duyệt phương án."]);
        return RedirectToPage("./Details", new { id = plan.Id });
    }
}

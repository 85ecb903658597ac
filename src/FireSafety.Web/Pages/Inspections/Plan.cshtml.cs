using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>A unit's self-inspection rhythm: when the next one is due, whether it is overdue; the office sets the interval.</summary>
public sealed class PlanModel(FireSafetyDbContext db, TimeProvider time, IAuthorizationService authorization, IValidator<PlanModel.PlanInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class PlanInput
    {
        public int IntervalMonths { get; set; } = InspectionCalendar.DefaultIntervalMonths;

        public string? StartsOn { get; set; }

        public long Version { get; set; }

        public sealed class Validator : AbstractValidator<PlanInput>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.IntervalMonths).Must(m => InspectionRhythm.Intervals.Contains(m)).WithMessage(_ => s["Chu kỳ phải là 1, 2, 3, 4, 6 hoặc 12 tháng."]);
                RuleFor(x => x.StartsOn).Must(d => string.IsNullOrWhiteSpace(d) || StartModel.ParseDate(d) is not null).WithMessage(_ => s["Ngày không hợp lệ (dd/MM/yyyy)."]);
            }
        }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public UnitCalendar Calendar { get; private set; } = null!;

    public RhythmStatus Status { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var plan = await db.UnitInspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.UnitId == Id, cancellationToken);
        Input = new PlanInput
        {
            IntervalMonths = plan?.IntervalMonths ?? InspectionCalendar.DefaultIntervalMonths,
            StartsOn = plan?.StartsOn?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture),
            Version = plan?.Version ?? 0,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Not found first: another unit's id must not reveal that it exists.
        if (!await db.Units.AnyAsync(u => u.Id == Id, cancellationToken))
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageInspections)).Succeeded)
        {
            return Forbid();
        }

        // A value that did not bind ("abc" for the interval) is a refusal too: the validator sees
        // the default interval in its place.
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (!result.IsValid || !ModelState.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var plan = await db.UnitInspectionPlans.FirstOrDefaultAsync(p => p.UnitId == Id, cancellationToken);
        if (plan is null)
        {
            plan = new UnitInspectionPlan { UnitId = Id };
            db.UnitInspectionPlans.Add(plan);
        }
        else
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        }

        plan.IntervalMonths = Input.IntervalMonths;
        plan.StartsOn = StartModel.ParseDate(Input.StartsOn);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, s["Chu kỳ vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);

            // The form shown with the message carries the stored version: saving it again is a
            // decision made knowing of the other change (the stale one would conflict for ever).
            ModelState.Remove("Input.Version");
            Input.Version = await db.UnitInspectionPlans.Where(p => p.UnitId == Id).Select(p => p.Version).FirstOrDefaultAsync(cancellationToken);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData.Success(s["Đã lưu chu kỳ tự kiểm tra."]);
        return RedirectToPage("./Plan", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var calendar = (await InspectionCalendar.LoadAsync(db, today.AddYears(-2), today, Id, cancellationToken)).FirstOrDefault();
        if (calendar is null)
        {
            return false;
        }

        Calendar = calendar;
        Status = calendar.Status(today);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageInspections)).Succeeded;
        return true;
    }
}

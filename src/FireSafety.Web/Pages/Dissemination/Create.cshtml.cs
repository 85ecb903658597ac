using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

[Authorize(Policy = Permissions.ManageTraining)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<ActivityInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time, EvidenceUploads uploads)
    : ActivityFormModel(db, validator, s, uploads)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A UnitHead's only unit is preselected; the date defaults to today.
        var units = await Db.Units.Select(u => u.Id).Take(2).ToListAsync(cancellationToken);
        Input.UnitId = units.Count == 1 ? units[0] : null;
        Input.HeldOn = Core.Common.VietnamTime.Today(time);
        await LoadUnitsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        var activity = new DisseminationActivity();
        Input.ApplyTo(activity);
        if (!await ApplyEvidenceAsync(activity, cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        Db.DisseminationActivities.Add(activity);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã ghi nhận hoạt động tuyên truyền."]);
        return RedirectToPage("./Index");
    }
}

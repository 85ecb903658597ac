using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

[Authorize(Policy = Permissions.ManageTraining)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<RecordInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time)
    : RecordFormModel(db, validator, s)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A UnitHead's only unit is preselected; the date defaults to today.
        var units = await Db.Units.Select(u => u.Id).Take(2).ToListAsync(cancellationToken);
        Input.UnitId = units.Count == 1 ? units[0] : null;
        Input.CompletedOn = Core.Common.VietnamTime.Today(time);
        await LoadUnitsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(cancellationToken))
        {
            await LoadUnitsAsync(cancellationToken);
            return Page();
        }

        var record = new TrainingRecord();
        Input.ApplyTo(record);
        Db.TrainingRecords.Add(record);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm hồ sơ huấn luyện."]);
        return RedirectToPage("./Index");
    }
}

using FireSafety.Core.Data;
using FireSafety.Core.RiskPoints;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.RiskPoints;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class CreateModel(FireSafetyDbContext db, IValidator<RiskPointInput> validator, IStringLocalizer<SharedResource> s)
    : RiskPointFormModel(db, validator, s)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadListsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ValidateAsync(cancellationToken) is not { } unitId)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var point = new RiskPoint { UnitId = unitId };
        Input.ApplyTo(point);
        Db.RiskPoints.Add(point);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm điểm có nguy cơ cháy, nổ cao."]);
        return RedirectToPage("./Index");
    }
}

using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

/// <summary>
/// What Create and Edit share: the bound input, the facility list, validation with the scope check,
/// and the "add a row" button (a POST that re-shows the form with one more blank row: no script needed).
/// </summary>
public abstract class PlanFormModel(FireSafetyDbContext db, IValidator<PlanInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public List<SelectListItem> Facilities { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task LoadListsAsync(CancellationToken cancellationToken, int blankRows = PlanInput.BlankRows)
    {
        Input.PadRows(blankRows);
        var facilities = await db.Facilities.AsNoTracking()
            .Where(f => f.IsActive || f.Id == Input.FacilityId)
            .OrderBy(f => f.Name)
            .Select(f => new { f.Id, f.Name })
            .ToListAsync(cancellationToken);
        Facilities = [.. facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture), f.Id == Input.FacilityId))];
    }

    /// <summary>Re-shows the form with one more blank scenario and contact row; nothing is saved.</summary>
    protected async Task<IActionResult> AddRowAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadListsAsync(cancellationToken, PlanInput.BlankRows + 1);
        return Page();
    }

    /// <summary>Validates the form; the facility must be one the user may see. Returns the facility's unit.</summary>
    protected async Task<int?> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        var facility = Input.FacilityId is null ? null : await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Input.FacilityId, cancellationToken);
        if (Input.FacilityId is not null && facility is null)
        {
            ModelState.AddModelError("Input.FacilityId", s["Cơ sở không hợp lệ."]);
        }

        return ModelState.IsValid ? facility?.UnitId : null;
    }
}

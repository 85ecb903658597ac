using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>What Create and Edit share: the bound input, the unit list, validation with the scope check.</summary>
public abstract class ActivityFormModel(FireSafetyDbContext db, IValidator<ActivityInput> validator, IStringLocalizer<SharedResource> s, EvidenceUploads uploads) : PageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    /// <summary>An evidence file (minutes, photo, PDF), optional.</summary>
    [BindProperty]
    public IFormFile? Files { get; set; }

    /// <summary>Edit: drop the link to the current evidence file.</summary>
    [BindProperty]
    public bool RemoveEvidence { get; set; }

    /// <summary>Edit: the evidence file linked now.</summary>
    public Guid? CurrentEvidenceId { get; protected set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    protected async Task LoadUnitsAsync(CancellationToken cancellationToken) =>
        Units = await UnitOptions.ListAsync(db, Input.UnitId, cancellationToken: cancellationToken);

    /// <summary>Validates the form, and that the chosen unit is one the user may see.</summary>
    protected async Task<bool> ValidateAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (Input.UnitId is not null && !await db.Units.AnyAsync(u => u.Id == Input.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.UnitId", s["Đơn vị không hợp lệ."]);
        }

        return ModelState.IsValid;
    }

    /// <summary>Stores the upload under the activity's unit (or drops the link); false with a field error when the file is refused.</summary>
    protected async Task<bool> ApplyEvidenceAsync(Core.Training.DisseminationActivity activity, CancellationToken cancellationToken)
    {
        if (Files is { Length: > 0 })
        {
            var (files, errors) = await uploads.SaveAsync([Files], activity.UnitId, cancellationToken);
            if (errors.Count > 0)
            {
                errors.ForEach(e => ModelState.AddModelError(nameof(Files), e));
                return false;
            }

            activity.EvidenceFileId = files[0].Id;
        }
        else if (RemoveEvidence)
        {
            activity.EvidenceFileId = null;
        }

        return true;
    }
}

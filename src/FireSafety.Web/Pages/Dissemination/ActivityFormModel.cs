using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>What Create and Edit share: the bound input, the unit list, validation with the scope check.</summary>
public abstract class ActivityFormModel(FireSafetyDbContext db, IValidator<ActivityInput> validator, IStringLocalizer<SharedResource> s, EvidenceUploads uploads)
    : UnitRecordFormModel<ActivityInput>(db, validator, s)
{
    /// <summary>An evidence file (minutes, photo, PDF), optional.</summary>
    [BindProperty]
    public IFormFile? Files { get; set; }

    /// <summary>Edit: drop the link to the current evidence file.</summary>
    [BindProperty]
    public bool RemoveEvidence { get; set; }

    /// <summary>Edit: the evidence file linked now.</summary>
    public Guid? CurrentEvidenceId { get; protected set; }

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

using FireSafety.Core.Directives;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FireSafety.Web.Pages.Directives;

/// <summary>
/// The original file of a directive (PDF, DOCX or a scan), kept in the evidence store under the
/// office's unit and read through the directive (whose visibility decides who may download it).
/// </summary>
public static class DirectiveOriginal
{
    public const string Field = "OriginalFile";

    /// <summary>Stores a new upload (replacing the link) or removes the link; false with field errors when the file is refused.</summary>
    public static async Task<bool> ApplyAsync(
        Directive directive, IFormFile? upload, bool remove, EvidenceUploads uploads, int unitId, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (upload is { Length: > 0 })
        {
            var (files, errors) = await uploads.SaveAsync([upload], unitId, cancellationToken);
            if (errors.Count > 0)
            {
                errors.ForEach(e => modelState.AddModelError(Field, e));
                return false;
            }

            directive.OriginalFileId = files[0].Id;
        }
        else if (remove)
        {
            directive.OriginalFileId = null;
        }

        return true;
    }
}

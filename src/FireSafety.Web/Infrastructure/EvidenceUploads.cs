using FireSafety.Core.Data;
using FireSafety.Core.Evidence;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Turns a form's uploaded files into stored, tracked <see cref="EvidenceFile"/> rows of one unit.
/// Either every file is accepted, or none is kept and the Vietnamese reasons are returned; the
/// caller saves the context (the rows join the caller's transaction and audit).
/// </summary>
public sealed class EvidenceUploads(IEvidenceStore store, IOptions<EvidenceOptions> evidenceOptions, FireSafetyDbContext db, TimeProvider time, ICurrentUser currentUser, IStringLocalizer<SharedResource> s)
{
    public async Task<(List<EvidenceFile> Files, List<string> Errors)> SaveAsync(IReadOnlyList<IFormFile> uploads, int unitId, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var files = new List<EvidenceFile>();
        if (uploads.Count == 0)
        {
            return (files, errors);
        }

        if (EvidenceRequestLimits.Check(evidenceOptions.Value, uploads.Count, uploads.Sum(u => u.Length)) is { } tooMuch)
        {
            errors.Add(Localize(tooMuch));
            return (files, errors);
        }

        var stored = new List<StoredEvidence>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var result = await store.SaveAsync(stream, upload.FileName, cancellationToken);
            if (result.Evidence is { } evidence)
            {
                stored.Add(evidence);
            }
            else if (result.Refusal is { } refusal)
            {
                errors.Add(Localize(refusal));
            }
        }

        if (errors.Count > 0)
        {
            // All or nothing: a refused file means the person fixes the set and sends it again.
            foreach (var evidence in stored)
            {
                await store.DeleteAsync(evidence.StorageKey, cancellationToken);
            }

            return ([], errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var evidence in stored)
        {
            var file = new EvidenceFile
            {
                Id = Guid.NewGuid(),
                UnitId = unitId,
                StorageKey = evidence.StorageKey,
                FileName = evidence.SafeDisplayName,
                ContentType = evidence.DetectedContentType,
                SizeBytes = evidence.SizeBytes,
                Sha256 = evidence.Sha256,
                UploadedAtUtc = now,
                UploadedByUserId = currentUser.UserId,
            };
            db.EvidenceFiles.Add(file);
            files.Add(file);
        }

        return (files, errors);
    }

    private string Localize(EvidenceRefusal refusal) => s[refusal.MessageKey, [.. refusal.Arguments]];
}

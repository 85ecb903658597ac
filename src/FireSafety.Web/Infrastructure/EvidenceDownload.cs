using FireSafety.Core.Auditing;
using FireSafety.Core.Data;
using FireSafety.Core.Evidence;
using Microsoft.AspNetCore.Mvc;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Sends a stored file the caller has already authorised: the download is audited first, and the
/// file is always an attachment the browser may not sniff or run.
/// </summary>
public sealed class EvidenceDownload(FireSafetyDbContext db, IEvidenceStore store, TimeProvider time, ICurrentUser currentUser)
{
    public async Task<IActionResult> SendAsync(HttpResponse response, EvidenceFile file, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.For(currentUser, time, AuditAction.Download, nameof(EvidenceFile), file.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);

        // Opened after the audit row is saved, so a failed save never leaves a handle open.
        var stream = await store.OpenReadAsync(file.StorageKey, cancellationToken);
        if (stream is null)
        {
            return new NotFoundResult();
        }

        response.Headers.ContentDisposition = EvidenceFileName.ContentDisposition(file.FileName);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return new FileStreamResult(stream, file.ContentType);
    }
}

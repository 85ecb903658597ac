using FireSafety.Core.Auditing;
using FireSafety.Core.Data;
using FireSafety.Core.Evidence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Evidence;

/// <summary>
/// The only way to fetch a stored file: the unit scope decides (another unit's file is not found),
/// the download is audited, and the file is always an attachment that the browser may not sniff
/// or run.
/// </summary>
[Authorize]
public sealed class DownloadModel(FireSafetyDbContext db, IEvidenceStore store, TimeProvider time, ICurrentUser currentUser) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        db.AuditEntries.Add(AuditEntry.For(currentUser, time, AuditAction.Download, nameof(EvidenceFile), file.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);

        // Opened after the audit row is saved, so a failed save never leaves a handle open.
        var stream = await store.OpenReadAsync(file.StorageKey, cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = EvidenceFileName.ContentDisposition(file.FileName);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return File(stream, file.ContentType);
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Evidence;

/// <summary>
/// The way to fetch a stored file: the unit scope decides (another unit's file is not found), and
/// <see cref="EvidenceDownload"/> audits and sends it as an inert attachment.
/// </summary>
[Authorize]
public sealed class DownloadModel(FireSafetyDbContext db, EvidenceDownload download) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? NotFound() : await download.SendAsync(Response, file, cancellationToken);
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Lookup;

/// <summary>
/// The task board's directive picker (ADR 0094): <c>?q=</c> → JSON <c>[{ id, text }]</c>, the
/// directives with tasks (not reference-only) of the user's scope whose number holds every word,
/// without diacritics, latest first, as the board's drop-down shows them.
/// </summary>
public sealed class DirectivesModel(FireSafetyDbContext db, DataVersionCache cache) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var words = Infrastructure.Picker.Words(q);
        if (words.Length == 0)
        {
            return new JsonResult(Array.Empty<LookupItem>());
        }

        var directives = await cache.GetOrComputeAsync(db, "lookup-directives", async ct =>
            (IReadOnlyList<Entry>)[.. (await db.Directives.AsNoTracking()
                .Where(d => !d.IsReferenceOnly)
                .OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
                .Select(d => new { d.Id, d.Number })
                .ToListAsync(ct))
                .Select(d => new Entry(d.Id, d.Number, TextFolding.Fold(d.Number)))], cancellationToken);
        return new JsonResult(directives
            .Where(d => Infrastructure.Picker.Matches(d.Folded, words))
            .Take(Infrastructure.Picker.MaxResults)
            .Select(d => new LookupItem(d.Id, d.Number))
            .ToList());
    }

    private sealed record Entry(int Id, string Number, string Folded);
}

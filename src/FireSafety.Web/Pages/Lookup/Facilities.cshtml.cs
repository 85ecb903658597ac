using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Lookup;

/// <summary>
/// The facility picker (ADR 0094): <c>?q=</c> → JSON <c>[{ id, text }]</c>, the facilities of the
/// user's scope whose name or address holds every word, without diacritics (the facility list's
/// search), by name, as the plans list's drop-down shows them.
/// </summary>
public sealed class FacilitiesModel(FireSafetyDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var words = Infrastructure.Picker.Words(q);
        if (words.Length == 0)
        {
            return new JsonResult(Array.Empty<LookupItem>());
        }

        var matches = await db.Facilities.AsNoTracking()
            .WhereMatches(string.Join(' ', words))
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .Take(Infrastructure.Picker.MaxResults)
            .Select(f => new LookupItem(f.Id, f.Name))
            .ToListAsync(cancellationToken);
        return new JsonResult(matches);
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FireSafety.Web.Pages.Lookup;

/// <summary>
/// The unit picker's search (ADR 0094): <c>?q=</c> → JSON <c>[{ id, text }]</c>, the units of the
/// user's scope whose name or code holds every word, without diacritics, as the drop-downs show them.
/// </summary>
public sealed class UnitsModel(FireSafetyDbContext db, DataVersionCache cache) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken) =>
        new JsonResult(await UnitOptions.SearchAsync(cache, db, q, cancellationToken));
}

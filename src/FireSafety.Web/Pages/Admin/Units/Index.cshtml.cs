using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>
/// The unit tree: in tree order and indented when browsing, a flat list with each unit's parent
/// when searching (a match's ancestors may not match). Paged, searchable without diacritics.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db) : PageModel
{
    public const string ActiveStatus = "active";
    public const string InactiveStatus = "inactive";

    public sealed record Row(int Id, string Code, string Name, UnitKind Kind, string? HeadName, bool IsActive, string Path, string? ParentName)
    {
        /// <summary>0 for the root, 1 for its sub-units, …; the view indents up to 4 levels.</summary>
        public int Depth => Math.Max(0, Path.Count(c => c == '/') - 2);
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"active", "inactive", or anything else for all units.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public bool IsSearching => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Units.AsNoTracking().WhereMatches(Q);
        query = Status switch
        {
            ActiveStatus => query.Where(u => u.IsActive),
            InactiveStatus => query.Where(u => !u.IsActive),
            _ => query,
        };

        // The materialised path puts every unit right after its parent: one indexed sort gives
        // the whole tree in display order, so paging stays in the database.
        var ordered = IsSearching
            ? query.OrderBy(u => u.Name).ThenBy(u => u.Code)
            : query.OrderBy(u => u.Path).ThenBy(u => u.SortOrder);
        Rows = await PagedList<Row>.CreateAsync(
            ordered.Select(u => new Row(u.Id, u.Code, u.Name, u.Kind, u.HeadName, u.IsActive, u.Path, u.Parent == null ? null : u.Parent.Name)),
            PageNumber,
            cancellationToken: cancellationToken);
    }
}

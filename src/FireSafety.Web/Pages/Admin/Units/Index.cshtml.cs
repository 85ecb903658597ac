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

    /// <summary>A unit; <see cref="Depth"/> is 0 for the root, 1 for its sub-units… (the view indents up to 4 levels).</summary>
    public sealed record Row(int Id, string Code, string Name, UnitKind Kind, string? HeadName, bool IsActive, string? ParentName, int Depth = 0);

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

        if (IsSearching)
        {
            Rows = await PagedList<Row>.CreateAsync(Project(query.OrderBy(u => u.Name).ThenBy(u => u.Code)), PageNumber, cancellationToken: cancellationToken);
            return;
        }

        // Tree order is computed in memory from a few small columns (see UnitTreeOrder), then
        // only the page's rows are loaded in full.
        var nodes = await query.Select(u => new UnitTreeOrder.Node(u.Id, u.ParentId, u.SortOrder, u.Name)).ToListAsync(cancellationToken);
        var placed = UnitTreeOrder.Order(nodes);
        var pageSize = PagedList<Row>.DefaultPageSize;
        var pageCount = Math.Max(1, (placed.Count + pageSize - 1) / pageSize);
        var pageNumber = Math.Clamp(PageNumber, 1, pageCount);
        var page = placed.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var loaded = await Project(query.Where(u => ids.Contains(u.Id))).ToDictionaryAsync(r => r.Id, cancellationToken);
        Rows = new PagedList<Row>([.. page.Select(p => loaded[p.Id] with { Depth = p.Depth })], pageNumber, pageSize, placed.Count);
    }

    private static IQueryable<Row> Project(IQueryable<Unit> units) =>
        units.Select(u => new Row(u.Id, u.Code, u.Name, u.Kind, u.HeadName, u.IsActive, u.Parent == null ? null : u.Parent.Name, 0));
}

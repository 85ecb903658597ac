using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Facilities;

/// <summary>The facilities register: paged, searchable without diacritics, scoped by unit.</summary>
public sealed class IndexModel(FireSafetyDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Name, string Address, string UnitName, bool IsActive, int AreaCount, int HighRiskCount);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    /// <summary>true = only facilities in use (what the annual summary counts), false = only those no longer in use.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public List<SelectListItem> Units { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Facilities.AsNoTracking().WhereMatches(Q);
        if (UnitId is not null)
        {
            query = query.Where(f => f.UnitId == UnitId);
        }

        if (Active is { } active)
        {
            query = query.Where(f => f.IsActive == active);
        }

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderBy(f => f.Unit!.SortOrder).ThenBy(f => f.Name)
                .Select(f => new Row(f.Id, f.Name, f.Address, f.Unit!.Name, f.IsActive, f.Areas.Count, f.Areas.Count(a => a.IsHighRisk))),
            PageNumber,
            cancellationToken: cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditRegisters)).Succeeded;
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }
}

using FireSafety.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages;

/// <summary>The landing page: the user's unit and what it holds, within the user's unit scope.</summary>
[Authorize]
public sealed class IndexModel(FireSafetyDbContext db, FireSafety.Core.Data.ICurrentUser currentUser) : PageModel
{
    public string MyUnitName { get; private set; } = string.Empty;

    public int UnitCount { get; private set; }

    public int FacilityCount { get; private set; }

    public int AreaCount { get; private set; }

    public int HighRiskAreaCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MyUnitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == currentUser.UnitId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        UnitCount = await db.Units.CountAsync(u => u.IsActive, cancellationToken);
        FacilityCount = await db.Facilities.CountAsync(f => f.IsActive, cancellationToken);
        AreaCount = await db.Areas.CountAsync(cancellationToken);
        HighRiskAreaCount = await db.Areas.CountAsync(a => a.IsHighRisk, cancellationToken);
    }
}

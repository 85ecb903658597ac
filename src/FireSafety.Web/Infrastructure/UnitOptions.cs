using FireSafety.Core.Data;
using FireSafety.Core.Units;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>Drop-down lists of the units the current user may see (the unit scope applies).</summary>
public static class UnitOptions
{
    public static async Task<List<SelectListItem>> ListAsync(FireSafetyDbContext db, int? selected, bool activeOnly = true, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => !activeOnly || u.IsActive || u.Id == selected)
            .Select(u => new { u.Id, u.ParentId, u.SortOrder, u.Code, u.Name })
            .ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        var order = UnitTreeOrder.Order([.. units.Select(u => new UnitTreeOrder.Node(u.Id, u.ParentId, u.SortOrder, u.Name))]);
        return [.. order.Select(p => new SelectListItem(
            $"{new string('—', p.Depth)} {byId[p.Id].Name} ({byId[p.Id].Code})".Trim(),
            p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Id == selected))];
    }
}

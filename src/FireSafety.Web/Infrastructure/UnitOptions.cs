using FireSafety.Core.Data;
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
            .OrderBy(u => u.Path).ThenBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path })
            .ToListAsync(cancellationToken);
        return [.. units.Select(u => new SelectListItem(
            $"{new string('—', Math.Max(0, u.Path.Count(c => c == '/') - 2))} {u.Name} ({u.Code})".Trim(),
            u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            u.Id == selected))];
    }
}

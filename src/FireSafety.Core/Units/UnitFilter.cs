using FireSafety.Core.Common;
using FireSafety.Core.Data;

namespace FireSafety.Core.Units;

/// <summary>
/// The unit filters every list shares: <c>unitId</c> is one unit exactly, <c>under</c> a unit and
/// every unit below it (how the leadership dashboard links a subtree's totals to the lists). Both
/// add to the request's unit scope, never widen it.
/// </summary>
public static class UnitFilter
{
    /// <summary>The records of <paramref name="unitId"/> (exactly) and of the subtree of <paramref name="under"/>, each when given.</summary>
    public static IQueryable<T> ForUnits<T>(this IQueryable<T> query, FireSafetyDbContext db, int? unitId, int? under)
        where T : class, IUnitOwned
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(db);
        if (unitId is not null)
        {
            query = query.Where(x => x.UnitId == unitId);
        }

        if (under is not null)
        {
            // One indexed prefix match on the materialised path, in SQL: no id list, however large the subtree.
            // The unit register keeps its scope filter here: IgnoreQueryFilters() anywhere in a query
            // switches the filters off for the whole query, the records' unit scope included. A unit
            // outside the user's scope has no path, so nothing matches.
            var root = db.Units.Where(u => u.Id == under).Select(u => u.Path);
            query = query.Where(x => db.Units.Any(u => u.Id == x.UnitId && root.Any(p => u.Path.StartsWith(p))));
        }

        return query;
    }
}

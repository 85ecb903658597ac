using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Incidents;

/// <summary>
/// Which incidents a list, a total or a report covers: a calendar year (Vietnam time), a unit with
/// its sub-units, a type, and <paramref name="Under"/> (the lists' shared subtree filter, see
/// <see cref="UnitFilter"/>). Null means "all". The unit scope of the context applies on top.
/// </summary>
public sealed record IncidentFilter(int? Year = null, int? UnitId = null, IncidentType? Type = null, int? Under = null)
{
    /// <summary>
    /// The incidents matching the filter. The list, the totals and the exports all go through
    /// here, so the numbers of a page and of its totals always agree.
    /// </summary>
    public async Task<IQueryable<Incident>> ApplyAsync(FireSafetyDbContext db, CancellationToken cancellationToken = default)
    {
        var query = db.Incidents.AsNoTracking();
        if (Year is { } year)
        {
            var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
            var to = VietnamTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
            query = query.Where(i => i.OccurredAtUtc >= from && i.OccurredAtUtc < to);
        }

        if (UnitId is { } unitId)
        {
            // The unit register is scoped too: a unit outside the user's scope has no path, so nothing matches.
            var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);
            query = path is null
                ? query.Where(_ => false)
                : query.Where(i => db.Units.Any(u => u.Id == i.UnitId && u.Path.StartsWith(path)));
        }

        query = query.ForUnits(db, null, Under);
        if (Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }

        return query;
    }
}

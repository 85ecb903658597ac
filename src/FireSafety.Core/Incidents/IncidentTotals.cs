using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Incidents;

/// <summary>Counts and sums of a set of incidents.</summary>
public sealed record IncidentFigures(int Count, int Deaths, int Injured, int Rescued, long PropertyLostVnd, long PropertySavedVnd)
{
    public static readonly IncidentFigures Zero = new(0, 0, 0, 0, 0, 0);

    public IncidentFigures Add(IncidentFigures other) => new(
        Count + other.Count, Deaths + other.Deaths, Injured + other.Injured, Rescued + other.Rescued,
        PropertyLostVnd + other.PropertyLostVnd, PropertySavedVnd + other.PropertySavedVnd);
}

/// <summary>Figures of one cause category; <see cref="CauseId"/> null = cause not yet recorded.</summary>
public sealed record CauseFigures(int? CauseId, string? CauseCode, string? CauseName, IncidentFigures Figures);

/// <summary>The totals of a filter: overall, by type (every type, zeros included) and by cause.</summary>
public sealed record IncidentTotalsResult(
    IncidentFilter Filter,
    IncidentFigures All,
    IReadOnlyDictionary<IncidentType, IncidentFigures> ByType,
    IReadOnlyList<CauseFigures> ByCause);

/// <summary>
/// The incident figures the list page, the dashboard and the annual summary share: one grouped
/// query (type × cause) over <see cref="IncidentFilter"/>, so every caller counts the same way and
/// the unit scope of the context applies.
/// </summary>
public sealed class IncidentTotals(FireSafetyDbContext db)
{
    public async Task<IncidentTotalsResult> ComputeAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        var query = await filter.ApplyAsync(db, cancellationToken);
        var groups = await query
            .GroupBy(i => new { i.Type, i.CauseId })
            .Select(g => new
            {
                g.Key.Type,
                g.Key.CauseId,
                Count = g.Count(),
                Deaths = g.Sum(i => i.Deaths),
                Injured = g.Sum(i => i.Injured),
                Rescued = g.Sum(i => i.Rescued),
                Lost = g.Sum(i => i.PropertyLostVnd),
                Saved = g.Sum(i => i.PropertySavedVnd),
            })
            .ToListAsync(cancellationToken);
        var figures = groups.Select(g => (g.Type, g.CauseId, Figures: new IncidentFigures(g.Count, g.Deaths, g.Injured, g.Rescued, g.Lost, g.Saved))).ToList();

        var byType = IncidentTypes.All.ToDictionary(
            t => t,
            t => figures.Where(f => f.Type == t).Aggregate(IncidentFigures.Zero, (sum, f) => sum.Add(f.Figures)));
        var causeIds = figures.Where(f => f.CauseId is not null).Select(f => f.CauseId!.Value).Distinct().ToList();
        var causes = await db.IncidentCodes.AsNoTracking().Where(c => causeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var byCause = figures.GroupBy(f => f.CauseId)
            .Select(g => new CauseFigures(
                g.Key,
                g.Key is { } id && causes.TryGetValue(id, out var c) ? c.Code : null,
                g.Key is { } id2 && causes.TryGetValue(id2, out var c2) ? c2.Name : null,
                g.Aggregate(IncidentFigures.Zero, (sum, f) => sum.Add(f.Figures))))
            .OrderBy(c => c.CauseId is null)
            .ThenBy(c => c.CauseId is { } id && causes.TryGetValue(id, out var code) ? code.SortOrder : 0)
            .ToList();
        var all = figures.Aggregate(IncidentFigures.Zero, (sum, f) => sum.Add(f.Figures));
        return new IncidentTotalsResult(filter, all, byType, byCause);
    }
}

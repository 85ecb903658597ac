using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Inspections;

/// <summary>One unit's rhythm and the dates of its submitted inspections (with their scores).</summary>
public sealed record UnitCalendar(int UnitId, string UnitCode, string UnitName, int IntervalMonths, DateOnly? StartsOn, IReadOnlyList<(DateOnly On, int Passed, int Applicable)> Inspections)
{
    public IReadOnlyCollection<DateOnly> Dates => [.. Inspections.Select(i => i.On)];

    public RhythmStatus Status(DateOnly today) => InspectionRhythm.Status(IntervalMonths, StartsOn, Dates, today);
}

/// <summary>Loads rhythms and inspection dates for the units in scope (the unit scope applies).</summary>
public static class InspectionCalendar
{
    public const int DefaultIntervalMonths = 1;

    public static async Task<List<UnitCalendar>> LoadAsync(FireSafetyDbContext db, DateOnly from, DateOnly to, int? unitId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && (unitId == null || u.Id == unitId))
            .OrderBy(u => u.Path).ThenBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Code, u.Name })
            .ToListAsync(cancellationToken);
        var plans = await db.UnitInspectionPlans.AsNoTracking().ToDictionaryAsync(p => p.UnitId, cancellationToken);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.Status == InspectionStatus.Submitted && i.InspectedOn >= from && i.InspectedOn <= to && (unitId == null || i.UnitId == unitId))
            .Select(i => new { i.UnitId, i.InspectedOn, i.Passed, i.Applicable, i.Id })
            .ToListAsync(cancellationToken);
        var byUnit = inspections.ToLookup(i => i.UnitId);
        return [.. units.Select(u => new UnitCalendar(
            u.Id,
            u.Code,
            u.Name,
            plans.TryGetValue(u.Id, out var plan) ? plan.IntervalMonths : DefaultIntervalMonths,
            plans.TryGetValue(u.Id, out var p2) ? p2.StartsOn : null,
            [.. byUnit[u.Id].OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).Select(i => (i.InspectedOn, i.Passed, i.Applicable))]))];
    }
}

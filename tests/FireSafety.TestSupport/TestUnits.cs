using FireSafety.Core.Data;
using FireSafety.Core.Units;

namespace FireSafety.TestSupport;

/// <summary>Many units at once for tests of a province-sized tree.</summary>
public static class TestUnits
{
    /// <summary>
    /// <paramref name="count"/> sub-units of <paramref name="parent"/> (code and name from
    /// <paramref name="of"/>, in that order) in two saves: the tree's paths need the ids.
    /// </summary>
    public static async Task<List<Unit>> AddChildrenAsync(FireSafetyDbContext db, Unit parent, int count, Func<int, (string Code, string Name)> of)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(of);
        var units = Enumerable.Range(0, count).Select(i => new Unit
        {
            Code = of(i).Code,
            Name = of(i).Name,
            Kind = UnitKind.Division,
            ParentId = parent.Id,
            SortOrder = i,
            Path = parent.Path,
        }).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            unit.Path = $"{parent.Path}{unit.Id}/";
        }

        await db.SaveChangesAsync();
        return units;
    }
}

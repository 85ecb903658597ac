using FireSafety.Core.Data;
using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// Computes a year's figures from the records by running every registered <see cref="ISummarySection"/>
/// in order, reporting progress after each, and merging their per-unit columns into the appendix.
/// Reads only; the caller stores the result.
/// </summary>
public sealed class AnnualSummaryCompiler(FireSafetyDbContext db, IEnumerable<ISummarySection> sections, TimeProvider time)
{
    /// <summary>The figures as they stand now, or at the year's end for a past year.</summary>
    public async Task<SummaryFigures> CompileAsync(int year, Func<SummaryProgress, Task>? onProgress = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var yearEnd = Common.VietnamTime.StartOfDayUtc(new DateOnly(year, 12, 31).AddDays(1)).AddTicks(-1);
        var asOf = now < yearEnd ? now : yearEnd;
        var units = await ReportingUnitsAsync(cancellationToken);
        var context = new SummaryContext(db, year, asOf, units);
        var ordered = sections.OrderBy(s => s.Order).ToList();
        var results = new List<SectionResult>();
        for (var i = 0; i < ordered.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await ordered[i].ComputeAsync(context, cancellationToken));
            if (onProgress is not null)
            {
                // Awaited before the next section: the context is used by one operation at a time.
                await onProgress(new SummaryProgress(i + 1, ordered.Count, results[^1].Section.Title));
            }
        }

        var appendix = units.Select(u => new AppendixRow(u.Id, u.Name, results
                .SelectMany(r => r.PerUnit.TryGetValue(u.Id, out var values) ? values : Enumerable.Empty<KeyValuePair<string, long>>())
                .GroupBy(v => v.Key)
                .ToDictionary(g => g.Key, g => g.Sum(v => v.Value))))
            .ToList();
        var difficulties = await DifficultiesAsync(context, cancellationToken);
        return new SummaryFigures(year, asOf, [.. results.Select(r => r.Section)], AppendixColumns.Of(results), appendix, difficulties);
    }

    private async Task<List<SummaryUnit>> ReportingUnitsAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.ParentId, u.SortOrder, u.Name })
            .ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        return [.. UnitTreeOrder.Order([.. units.Select(u => new UnitTreeOrder.Node(u.Id, u.ParentId, u.SortOrder, u.Name))])
            .Where(p => p.Depth > 0)
            .Select(p => new SummaryUnit(p.Id, byId[p.Id].Name))];
    }

    private static async Task<List<RaisedDifficulty>> DifficultiesAsync(SummaryContext context, CancellationToken cancellationToken) =>
        await context.Db.Difficulties.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.CreatedAtUtc >= context.FromUtc && d.CreatedAtUtc < context.ToUtcExclusive)
            .OrderBy(d => d.CreatedAtUtc)
            .Select(d => new RaisedDifficulty(
                context.Db.Units.IgnoreQueryFilters().Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                d.Title,
                d.IsResolved))
            .ToListAsync(cancellationToken);
}

/// <summary>Sections done out of the total, and the one just finished.</summary>
public readonly record struct SummaryProgress(int Done, int Total, string Section)
{
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;
}

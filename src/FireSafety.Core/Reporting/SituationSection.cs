using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>I — the situation: units reporting, premises (facilities), areas and high-risk areas.</summary>
public sealed class SituationSection : ISummarySection
{
    public const string Key = "situation";

    public int Order => 10;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var facilities = await db.Facilities.IgnoreQueryFilters().AsNoTracking().Where(f => f.IsActive)
            .GroupBy(f => f.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var areas = await db.Areas.IgnoreQueryFilters().AsNoTracking().Where(a => a.Facility!.IsActive)
            .GroupBy(a => a.UnitId).Select(g => new { g.Key, Count = g.Count(), HighRisk = g.Count(a => a.IsHighRisk) }).ToListAsync(cancellationToken);
        var section = new SummarySection(Key, "Tình hình chung",
        [
            new("units", "Số đơn vị thuộc Sở", context.Units.Count),
            new("facilities", "Số cơ sở (trụ sở, nhà làm việc)", facilities.Sum(f => f.Count), "/Facilities?active=true"),
            new("areas", "Số khu vực", areas.Sum(a => a.Count)),
            new("high-risk-areas", "Khu vực có nguy cơ cháy, nổ cao", areas.Sum(a => a.HighRisk)),
        ]);
        var facilitiesByUnit = facilities.ToDictionary(f => f.Key, f => f.Count);
        var highRiskByUnit = areas.ToDictionary(a => a.Key, a => a.HighRisk);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["facilities"] = facilitiesByUnit.GetValueOrDefault(u.Id),
                ["high-risk-areas"] = highRiskByUnit.GetValueOrDefault(u.Id),
            });
        return new SectionResult(section, [new("facilities", "Cơ sở"), new("high-risk-areas", "KV nguy cơ cao")], perUnit);
    }
}

using FireSafety.Core.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.7 — fires, explosions, incidents and accidents of the year: how many of each type, casualties,
/// property lost and saved, and the causes; per unit the count. Counted by the same
/// <see cref="IncidentTotals"/> as the incident list, so the figures and the list agree.
/// </summary>
public sealed class IncidentsSection(IncidentTotals totals) : ISummarySection
{
    public const string Key = "incidents";

    public int Order => 70;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await totals.ComputeAsync(new IncidentFilter(Year: context.Year), cancellationToken);
        var list = $"/Incidents?year={context.Year}";
        var figures = new List<SummaryFigure> { new("count", "Tổng số vụ cháy, nổ, sự cố, tai nạn", result.All.Count, list) };
        figures.AddRange(result.ByType.Select(t => new SummaryFigure($"type-{t.Key}", $"Số vụ {IncidentTypes.Name(t.Key).ToLowerInvariant()}", t.Value.Count, $"{list}&type={t.Key}")));
        figures.Add(new("deaths", "Số người chết", result.All.Deaths, list));
        figures.Add(new("injured", "Số người bị thương", result.All.Injured, list));
        figures.Add(new("rescued", "Số người được cứu", result.All.Rescued, list));
        figures.Add(new("property-lost", "Thiệt hại về tài sản (đồng)", result.All.PropertyLostVnd, list));
        figures.Add(new("property-saved", "Tài sản cứu được (đồng)", result.All.PropertySavedVnd, list));
        figures.AddRange(result.ByCause.Select(c => new SummaryFigure($"cause-{c.CauseCode ?? "none"}", $"Nguyên nhân: {c.CauseName ?? "chưa xác định"}", c.Figures.Count, list)));

        // One grouped query for the appendix (each unit's own incidents), not one per unit.
        var byUnit = await context.Db.Incidents.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.OccurredAtUtc >= context.FromUtc && i.OccurredAtUtc < context.ToUtcExclusive)
            .GroupBy(i => i.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var perUnit = byUnit.ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)new Dictionary<string, long> { ["incidents"] = g.Value });

        return new SectionResult(new SummarySection(Key, "Tình hình cháy, nổ, sự cố, tai nạn", figures), [new("incidents", "Vụ cháy, nổ, sự cố")], perUnit);
    }
}

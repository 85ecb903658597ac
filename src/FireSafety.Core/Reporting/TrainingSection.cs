using System.Globalization;
using FireSafety.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.5 — training: people trained in the year (one per training record completed in it),
/// certificates issued in the year, and — as of 31/12 — certificates still valid and certificates
/// expired; one appendix column per unit (people trained).
/// </summary>
public sealed class TrainingSection : ISummarySection
{
    public const string Key = "training";

    public int Order => 50;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var yearEnd = context.To;
        var records = context.Db.TrainingRecords.IgnoreQueryFilters().AsNoTracking();
        var inYear = await records
            .Where(r => r.CompletedOn >= context.From && r.CompletedOn <= yearEnd)
            .GroupBy(r => new { r.UnitId, Certified = r.CertificateNumber != null })
            .Select(g => new { g.Key.UnitId, g.Key.Certified, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var held = records.Where(r => r.CertificateNumber != null && r.CompletedOn <= yearEnd);
        var valid = await held.NotExpired(yearEnd).CountAsync(cancellationToken);
        var expired = await held.Expired(yearEnd).CountAsync(cancellationToken);

        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        var on = yearEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var section = new SummarySection(Key, "Công tác huấn luyện, bồi dưỡng nghiệp vụ phòng cháy, chữa cháy",
        [
            new("trained", "Số lượt người được huấn luyện, bồi dưỡng", inYear.Sum(r => r.Count), $"/Training?year={year}"),
            new("certificates", "Số chứng nhận được cấp trong năm", inYear.Where(r => r.Certified).Sum(r => r.Count), $"/Training?year={year}&certified=true"),
            new("valid", "Số chứng nhận còn hiệu lực đến 31/12", valid, $"/Training?on={on}&status=Valid&certified=true"),
            new("expired", "Số chứng nhận đã hết hạn đến 31/12", expired, $"/Training?on={on}&status=Expired&certified=true"),
        ]);
        var byUnit = inYear.ToLookup(r => r.UnitId);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["trained"] = byUnit[u.Id].Sum(r => r.Count),
            });
        return new SectionResult(section, [new("trained", "Lượt huấn luyện")], perUnit);
    }
}

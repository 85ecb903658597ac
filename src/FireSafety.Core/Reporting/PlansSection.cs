using FireSafety.Core.Common;
using FireSafety.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.4 — fire-fighting plans ("4 tại chỗ") and drills: plans in force at the summary's moment,
/// plans approved in the year, plans drilled, drills held, drills with the police, participants;
/// per unit the plans in force and the drills held.
/// </summary>
public sealed class PlansSection : ISummarySection
{
    public const string Key = "plans";

    public int Order => 40;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var year = context.Year;
        var day = VietnamTime.ToLocalDate(context.AsOfUtc);
        var plans = db.ResponsePlans.IgnoreQueryFilters().AsNoTracking();
        var drills = db.Drills.IgnoreQueryFilters().AsNoTracking();

        var inForce = await plans.InForceOn(day).GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var approved = await plans.ApprovedIn(year).CountAsync(cancellationToken);
        var drilledPlans = await plans.Where(p => p.IsCurrent).DrilledIn(drills, year).CountAsync(cancellationToken);
        var held = await drills.HeldIn(year)
            .GroupBy(d => d.UnitId)
            .Select(g => new { g.Key, Count = g.Count(), Police = g.Count(d => d.PoliceParticipated), Participants = g.Sum(d => (long)d.ParticipantCount) })
            .ToListAsync(cancellationToken);

        var section = new SummarySection(Key, "Xây dựng, thực tập phương án chữa cháy, cứu nạn, cứu hộ (\"4 tại chỗ\")",
        [
            new("in-force", "Số phương án đang có hiệu lực", inForce.Sum(p => p.Count), $"/Plans?inForce={year}"),
            new("approved", "Số phương án được phê duyệt trong năm", approved, $"/Plans?approvedYear={year}"),
            new("drilled-plans", "Số phương án đã được thực tập", drilledPlans, $"/Plans?year={year}&drilled=true"),
            new("drills", "Số cuộc thực tập phương án", held.Sum(h => h.Count), $"/Plans/Drills?year={year}"),
            new("drills-police", "Số cuộc thực tập có lực lượng Công an tham gia", held.Sum(h => h.Police), $"/Plans/Drills?year={year}&police=true"),
            new("participants", "Số lượt người tham gia thực tập", held.Sum(h => h.Participants), $"/Plans/Drills?year={year}"),
        ]);
        var plansByUnit = inForce.ToDictionary(p => p.Key, p => p.Count);
        var drillsByUnit = held.ToDictionary(h => h.Key, h => h.Count);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["plans"] = plansByUnit.GetValueOrDefault(u.Id),
                ["drills"] = drillsByUnit.GetValueOrDefault(u.Id),
            });
        return new SectionResult(section, [new("plans", "Phương án"), new("drills", "Thực tập PA")], perUnit);
    }
}

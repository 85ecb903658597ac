using FireSafety.Core.Actions;
using FireSafety.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.3 — self-inspections submitted in the year, the deficiencies they found, how many were
/// remedied (their corrective action verified by the summary's moment) and how many remain open;
/// per unit the same three numbers.
/// </summary>
public sealed class SelfInspectionsSection : ISummarySection
{
    public const string Key = "inspections";

    public int Order => 30;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var inspections = db.Inspections.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.Status == InspectionStatus.Submitted && i.InspectedOn >= context.From && i.InspectedOn <= context.To
                && i.SubmittedAtUtc <= context.AsOfUtc);
        var held = await inspections.GroupBy(i => i.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var findings = await db.Findings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => !f.CarriedOver && inspections.Any(i => i.Id == f.InspectionId))
            .Select(f => new
            {
                f.UnitId,
                Remedied = db.CorrectiveActions.IgnoreQueryFilters().Any(a => a.Id == f.ActionId && a.Status == ActionStatus.Verified && a.VerifiedAtUtc <= context.AsOfUtc),
            })
            .ToListAsync(cancellationToken);

        var found = findings.Count;
        var remedied = findings.Count(f => f.Remedied);
        var section = new SummarySection(Key, "Tự kiểm tra an toàn phòng cháy, chữa cháy",
        [
            new("held", "Số lượt tự kiểm tra đã thực hiện", held.Sum(h => h.Count), $"/Inspections?status=Submitted&year={context.Year}"),
            new("found", "Số tồn tại, thiếu sót phát hiện", found, $"/Inspections/Findings?year={context.Year}"),
            new("remedied", "Số tồn tại đã khắc phục", remedied, $"/Inspections/Findings?year={context.Year}&state=Remedied"),
            new("open", "Số tồn tại chưa khắc phục", found - remedied, $"/Inspections/Findings?year={context.Year}&state=Open"),
        ]);
        var heldByUnit = held.ToDictionary(h => h.Key, h => h.Count);
        var findingsByUnit = findings.ToLookup(f => f.UnitId);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["inspections"] = heldByUnit.GetValueOrDefault(u.Id),
                ["findings"] = findingsByUnit[u.Id].Count(),
                ["findings-open"] = findingsByUnit[u.Id].Count(f => !f.Remedied),
            });
        return new SectionResult(section, [new("inspections", "Lượt tự KT"), new("findings", "Tồn tại"), new("findings-open", "Chưa khắc phục")], perUnit);
    }
}

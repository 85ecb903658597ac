using System.Globalization;
using FireSafety.Core.Equipment;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.6 — equipment by type: items in service and items needing repair (the register's current
/// status; it keeps no status history), quick checks done in the year and how many failed, and
/// items maintained in the year (the register stores only each item's last maintenance date, so an
/// item counts once, and only if its latest maintenance falls in the year). Totals first, then
/// each type that has items or checks; per unit three columns. Two grouped queries (items, checks).
/// </summary>
public sealed class EquipmentSection : ISummarySection
{
    public const string Key = "equipment";

    public int Order => 60;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var (from, to) = (context.From, context.To);
        var asOfDay = Common.VietnamTime.ToLocalDate(context.AsOfUtc);
        var items = await db.EquipmentItems.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(i => new { i.UnitId, i.TypeId })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.TypeId,
                InService = g.Count(i => i.Status == EquipmentStatus.InService),
                NeedsRepair = g.Count(i => i.Status == EquipmentStatus.NeedsRepair),
                Maintained = g.Count(i => i.LastMaintainedOn >= from && i.LastMaintainedOn <= to && i.LastMaintainedOn <= asOfDay),
            })
            .ToListAsync(cancellationToken);
        var checks = await db.EquipmentChecks.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.CheckedOn >= from && c.CheckedOn <= to && c.CheckedAtUtc <= context.AsOfUtc)
            .GroupBy(c => new { c.UnitId, c.Item!.TypeId })
            .Select(g => new { g.Key.UnitId, g.Key.TypeId, Count = g.Count(), Failed = g.Count(c => !c.Passed) })
            .ToListAsync(cancellationToken);
        var types = await db.EquipmentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);

        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        IEnumerable<SummaryFigure> Figures(int? typeId, string key, string prefix)
        {
            var type = typeId is null ? string.Empty : $"&typeId={typeId}";
            bool Of(int t) => typeId is null || t == typeId;
            yield return new($"{key}in-service", $"{prefix}Số phương tiện đang sử dụng", items.Where(i => Of(i.TypeId)).Sum(i => i.InService), $"/Equipment?status=InService{type}");
            yield return new($"{key}checks", $"{prefix}Số lượt kiểm tra định kỳ trong năm", checks.Where(c => Of(c.TypeId)).Sum(c => c.Count), $"/Equipment/Checks?year={year}{type}");
            yield return new($"{key}failed", $"{prefix}Số lượt kiểm tra không đạt", checks.Where(c => Of(c.TypeId)).Sum(c => c.Failed), $"/Equipment/Checks?year={year}&result=Failed{type}");
            yield return new($"{key}maintained", $"{prefix}Số phương tiện được bảo dưỡng trong năm", items.Where(i => Of(i.TypeId)).Sum(i => i.Maintained), $"/Equipment?maintained={year}{type}");
            yield return new($"{key}needs-repair", $"{prefix}Số phương tiện cần sửa chữa, thay thế", items.Where(i => Of(i.TypeId)).Sum(i => i.NeedsRepair), $"/Equipment?status=NeedsRepair{type}");
        }

        var figures = Figures(null, string.Empty, string.Empty).ToList();
        foreach (var type in types)
        {
            var ofType = Figures(type.Id, $"type-{type.Id}-", $"{type.Name}: ").ToList();
            if (ofType.Any(f => f.Value > 0))
            {
                figures.AddRange(ofType);
            }
        }

        var itemsByUnit = items.ToLookup(i => i.UnitId);
        var checksByUnit = checks.ToLookup(c => c.UnitId);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["equipment"] = itemsByUnit[u.Id].Sum(i => i.InService),
                ["equipment-checks"] = checksByUnit[u.Id].Sum(c => c.Count),
                ["equipment-repair"] = itemsByUnit[u.Id].Sum(i => i.NeedsRepair),
            });
        return new SectionResult(
            new SummarySection(Key, "Trang bị, kiểm tra, bảo dưỡng phương tiện PCCC", figures),
            [new("equipment", "Phương tiện"), new("equipment-checks", "Lượt KT phương tiện"), new("equipment-repair", "Cần sửa chữa")],
            perUnit);
    }
}

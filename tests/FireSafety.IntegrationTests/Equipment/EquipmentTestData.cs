using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Equipment;

/// <summary>Equipment items arranged directly in the database.</summary>
internal static class EquipmentTestData
{
    public static async Task<EquipmentItem> ItemAsync(FireSafetyDbContext db, int unitId, string? code = null, string typeCode = "MFZ4", DateOnly? lastChecked = null)
    {
        var area = await db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == unitId).OrderBy(a => a.Id).FirstAsync();
        var type = await db.EquipmentTypes.SingleAsync(t => t.Code == typeCode);
        var item = new EquipmentItem
        {
            UnitId = unitId,
            AreaId = area.Id,
            TypeId = type.Id,
            Code = code ?? $"T-{Guid.NewGuid().ToString("N")[..6]}",
            CommissionedOn = new DateOnly(2025, 1, 15),
            LastCheckedOn = lastChecked,
        };
        item.Recompute(type);
        db.EquipmentItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>An item of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> ItemOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.EquipmentItems.IgnoreQueryFilters().Where(i => i.UnitId == unitId).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync();
        id ??= (await ItemAsync(db, unitId)).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    public static async Task<int> UnitIdAsync(FireSafetyDbContext db, string code) =>
        await db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
}

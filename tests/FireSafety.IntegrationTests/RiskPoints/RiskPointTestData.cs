using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.RiskPoints;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.RiskPoints;

/// <summary>High-risk points arranged directly in the database.</summary>
internal static class RiskPointTestData
{
    public static async Task<RiskPoint> PointAsync(FireSafetyDbContext db, int unitId, string? hazard = null, int likelihood = 3, int severity = 4, DateOnly? nextReviewOn = null)
    {
        var area = await db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == unitId).OrderBy(a => a.Id).FirstAsync();
        var point = new RiskPoint
        {
            UnitId = unitId,
            AreaId = area.Id,
            Hazard = hazard ?? $"Sạc xe điện qua đêm ({Guid.NewGuid().ToString("N")[..4]})",
            Likelihood = likelihood,
            Severity = severity,
            OwnerName = "Nguyễn Văn An, bảo vệ",
            NextReviewOn = nextReviewOn ?? new DateOnly(2030, 1, 1),
        };
        db.RiskPoints.Add(point);
        await db.SaveChangesAsync();
        return point;
    }

    /// <summary>A point of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> PointOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.RiskPoints.IgnoreQueryFilters().Where(r => r.UnitId == unitId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        id ??= (await PointAsync(db, unitId)).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }
}

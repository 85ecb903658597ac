using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Incidents;

/// <summary>Incidents arranged directly in the database.</summary>
internal static class IncidentTestData
{
    public static async Task<int> UnitIdAsync(FireSafetyDbContext db, string code) =>
        await db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();

    public static async Task<Incident> IncidentAsync(
        FireSafetyDbContext db, int unitId, DateTime occurredAtUtc, IncidentType type = IncidentType.Fire,
        int deaths = 0, int injured = 0, int rescued = 0, long lost = 0, long saved = 0, int? causeId = null, string summary = "Chập điện ổ cắm")
    {
        var incident = new Incident
        {
            UnitId = unitId,
            Type = type,
            Place = "Kho lưu trữ",
            Summary = summary,
            OccurredAtUtc = occurredAtUtc,
            Deaths = deaths,
            Injured = injured,
            Rescued = rescued,
            PropertyLostVnd = lost,
            PropertySavedVnd = saved,
            CauseId = causeId,
            CreatedAtUtc = occurredAtUtc,
        };
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident;
    }

    /// <summary>An incident of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> OfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.Incidents.IgnoreQueryFilters().Where(i => i.UnitId == unitId).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync()
            ?? (await IncidentAsync(db, unitId, new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc))).Id;
        return id.ToString(CultureInfo.InvariantCulture);
    }
}

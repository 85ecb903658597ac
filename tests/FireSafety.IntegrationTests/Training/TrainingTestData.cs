using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Training;

/// <summary>Dissemination activities and training records arranged directly in the database.</summary>
internal static class TrainingTestData
{
    public static async Task<DisseminationActivity> ActivityAsync(
        FireSafetyDbContext db, int unitId, DateOnly? heldOn = null, DisseminationForm form = DisseminationForm.Meeting, string? topic = null, int attendees = 20)
    {
        var activity = new DisseminationActivity
        {
            UnitId = unitId,
            Form = form,
            HeldOn = heldOn ?? new DateOnly(2026, 3, 15),
            Topic = topic ?? DisseminationActivity.DefaultTopic,
            Attendees = attendees,
        };
        db.DisseminationActivities.Add(activity);
        await db.SaveChangesAsync();
        return activity;
    }

    public static async Task<TrainingRecord> RecordAsync(
        FireSafetyDbContext db, int unitId, string? person = null, DateOnly? completedOn = null, string? certificate = "CN-01", DateOnly? expiresOn = null)
    {
        var record = new TrainingRecord
        {
            UnitId = unitId,
            PersonName = person ?? $"Nguyễn Văn Học ({Guid.NewGuid().ToString("N")[..4]})",
            Position = "Chuyên viên",
            CourseName = "Huấn luyện nghiệp vụ PCCC và CNCH",
            Provider = "Công an tỉnh Hà Tĩnh",
            CompletedOn = completedOn ?? new DateOnly(2026, 4, 10),
            CertificateNumber = certificate,
            CertificateExpiresOn = expiresOn,
        };
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync();
        return record;
    }

    /// <summary>An activity of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> ActivityOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.DisseminationActivities.IgnoreQueryFilters().Where(a => a.UnitId == unitId).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        id ??= (await ActivityAsync(db, unitId)).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A training record of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> RecordOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.TrainingRecords.IgnoreQueryFilters().Where(r => r.UnitId == unitId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        id ??= (await RecordAsync(db, unitId)).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }
}

using FireSafety.Core.Data;
using FireSafety.Core.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.TestSupport;

/// <summary>Stored evidence files for tests, saved through the real store.</summary>
public static class TestEvidence
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The first evidence file of a unit, stored (and registered) on first use.</summary>
    public static async Task<Guid> FileOfUnitAsync(IServiceProvider services, FireSafetyDbContext db, int unitId)
    {
        var existing = await db.EvidenceFiles.IgnoreQueryFilters().Where(f => f.UnitId == unitId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var store = services.GetRequiredService<IEvidenceStore>();
        var result = await store.SaveAsync(new MemoryStream(Png), "anh-minh-chung.png");
        var evidence = result.Evidence ?? throw new InvalidOperationException(result.Refusal?.Message);
        var file = new EvidenceFile
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            StorageKey = evidence.StorageKey,
            FileName = evidence.SafeDisplayName,
            ContentType = evidence.DetectedContentType,
            SizeBytes = evidence.SizeBytes,
            Sha256 = evidence.Sha256,
            UploadedAtUtc = DateTime.UtcNow,
        };
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }
}

using FireSafety.Core.Equipment;
using FireSafety.Core.Reporting;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Reporting;

/// <summary>II.6 on arranged records: what each equipment figure and appendix column adds up.</summary>
public sealed class EquipmentSectionTests(EquipmentSectionTests.Factory factory) : IClassFixture<EquipmentSectionTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        // 10 June 2030, 09:00 in Hà Nội: after every demo record, so the year 2030 holds only ours.
        public Factory() => Time = new FakeTimeProvider(new DateTimeOffset(2030, 6, 10, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task CountsStatusesChecksAndMaintenance_ByTypeAndUnit_WithinTheYear()
    {
        var before = await CompileAsync();
        int hctp;
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            hctp = await EquipmentTestData.UnitIdAsync(db, "HCTP");
            var tgpl = await EquipmentTestData.UnitIdAsync(db, "TGPL");
            var ok = await EquipmentTestData.ItemAsync(db, hctp, typeCode: "MT3");
            ok.LastMaintainedOn = new DateOnly(2030, 3, 1);
            var broken = await EquipmentTestData.ItemAsync(db, hctp, typeCode: "MT3");
            (broken.Status, broken.LastMaintainedOn) = (EquipmentStatus.NeedsRepair, new DateOnly(2029, 12, 31));
            var retired = await EquipmentTestData.ItemAsync(db, tgpl, typeCode: "DBK");
            (retired.Status, retired.LastMaintainedOn) = (EquipmentStatus.Retired, new DateOnly(2030, 1, 2));
            var future = await EquipmentTestData.ItemAsync(db, tgpl, typeCode: "DBK");
            future.LastMaintainedOn = new DateOnly(2030, 6, 11);
            db.EquipmentChecks.AddRange(
                Check(ok, new DateOnly(2030, 1, 1), true),
                Check(ok, new DateOnly(2030, 6, 10), true),
                Check(broken, new DateOnly(2030, 5, 5), false),
                Check(broken, new DateOnly(2029, 12, 31), false));
            await db.SaveChangesAsync();
        }

        var after = await CompileAsync();

        long Added(string key) => after.Find(EquipmentSection.Key, key)!.Value - (before.Find(EquipmentSection.Key, key)?.Value ?? 0);
        Assert.Equal(
            (2L, 3L, 1L, 2L, 1L),
            (Added("in-service"), Added("checks"), Added("failed"), Added("maintained"), Added("needs-repair")));
        Assert.Equal((1L, 3L, 1L, 1L, 1L), (Added("type-3-in-service"), Added("type-3-checks"), Added("type-3-failed"), Added("type-3-maintained"), Added("type-3-needs-repair")));
        Assert.Equal((1L, 0L, 1L), (Added("type-8-in-service"), Added("type-8-checks"), Added("type-8-maintained")));
        Assert.Equal("/Equipment/Checks?year=2030&result=Failed&typeId=3", after.Find(EquipmentSection.Key, "type-3-failed")!.Link);
        Assert.Equal(new[] { "equipment", "equipment-checks", "equipment-repair" }, after.Columns.Select(c => c.Key).Where(k => k.StartsWith("equipment", StringComparison.Ordinal)));

        long Unit(SummaryFigures figures, string column) => figures.Appendix.Single(r => r.UnitId == hctp).Values.GetValueOrDefault(column);
        Assert.Equal((1L, 3L, 1L), (Unit(after, "equipment") - Unit(before, "equipment"), Unit(after, "equipment-checks") - Unit(before, "equipment-checks"), Unit(after, "equipment-repair") - Unit(before, "equipment-repair")));
    }

    private async Task<SummaryFigures> CompileAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnnualSummaryCompiler>().CompileAsync(2030);
    }

    private static EquipmentCheck Check(EquipmentItem item, DateOnly on, bool passed) => new()
    {
        UnitId = item.UnitId,
        ItemId = item.Id,
        CheckedOn = on,
        CheckedAtUtc = Core.Common.VietnamTime.StartOfDayUtc(on).AddHours(1),
        InPlace = true,
        AccessClear = true,
        GaugeGreen = passed,
        PinAndSealIntact = true,
        NoDamage = true,
        LabelLegible = true,
        Passed = passed,
    };
}

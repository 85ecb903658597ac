using FireSafety.Core.Units;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Units;

/// <summary>The lists' shared unit filters on the real database: one unit exactly, or a whole subtree.</summary>
public sealed class UnitFilterTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task UnitId_IsOneUnitExactly_Under_IsTheUnitAndEverythingBelowIt()
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        var hctp = await db.Units.SingleAsync(u => u.Code == "HCTP");
        var tgpl = await db.Units.SingleAsync(u => u.Code == "TGPL");
        var child = new Unit { Code = "HCTP-1", Name = "Tổ hành chính tư pháp 1", ParentId = hctp.Id };
        await scope.Services.GetRequiredService<UnitTree>().AddAsync(child);
        db.Facilities.Add(new Facility { UnitId = child.Id, Name = "Kho tổ 1", Address = "Số 1" });
        await db.SaveChangesAsync();

        int Count(int? unitId, int? under) => db.Facilities.IgnoreQueryFilters().ForUnits(db, unitId, under).Count();
        var ofHctp = await db.Facilities.IgnoreQueryFilters().CountAsync(f => f.UnitId == hctp.Id);
        var ofTgpl = await db.Facilities.IgnoreQueryFilters().CountAsync(f => f.UnitId == tgpl.Id);
        var all = await db.Facilities.IgnoreQueryFilters().CountAsync();

        Assert.True(ofHctp > 0 && ofTgpl > 0);
        Assert.Equal(all, Count(null, null));
        Assert.Equal(ofHctp, Count(hctp.Id, null));
        Assert.Equal(ofHctp + 1, Count(null, hctp.Id));
        Assert.Equal(1, Count(null, child.Id));
        Assert.Equal(ofTgpl, Count(null, tgpl.Id));
        Assert.Equal(all, Count(null, hctp.ParentId));
        Assert.Equal(0, Count(tgpl.Id, hctp.Id));
        Assert.Equal(0, Count(null, -1));
    }
}

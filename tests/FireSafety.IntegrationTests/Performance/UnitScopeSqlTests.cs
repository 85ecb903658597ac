using FireSafety.Core.Data;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Performance;

/// <summary>
/// The unit scope's query filter compiles to one SQL per case: no predicate for an unrestricted
/// reader, a plain <c>UnitId IN (…)</c> the indexes serve for a unit head (a parameter OR-ed in
/// front of it made SQLite scan every table for unit heads). Both cases share the compiled-query
/// cache, so each must still get its own rows whichever ran first.
/// </summary>
public sealed class UnitScopeSqlTests : IClassFixture<FireSafetyFactory>
{
    private readonly FireSafetyFactory _factory;

    public UnitScopeSqlTests(FireSafetyFactory factory) => _factory = factory;

    [Fact]
    public async Task TheOrganisationsQuery_HasNoScopePredicate_AndAUnitHeadsIsAPlainUnitIdFilter()
    {
        await using var all = _factory.Services.CreateAsyncScope();
        var organisation = all.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        Assert.DoesNotContain("WHERE", organisation.Incidents.ToQueryString(), StringComparison.Ordinal);

        await using var own = _factory.Services.CreateAsyncScope();
        var hctp = await IncidentTestData.UnitIdAsync(organisation, "HCTP");
        own.ServiceProvider.GetRequiredService<UnitScope>().RestrictTo([hctp]);
        var sql = own.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Incidents.ToQueryString();
        Assert.Contains("\"UnitId\" = @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" OR ", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachScope_GetsItsOwnRows_WhicheverQueryWasCompiledFirst()
    {
        int hctp, tgpl;
        await using (var arrange = _factory.Database())
        {
            hctp = await IncidentTestData.UnitIdAsync(arrange.Db, "HCTP");
            tgpl = await IncidentTestData.UnitIdAsync(arrange.Db, "TGPL");
            await IncidentTestData.IncidentAsync(arrange.Db, hctp, DateTime.UtcNow.AddDays(-1));
            await IncidentTestData.IncidentAsync(arrange.Db, tgpl, DateTime.UtcNow.AddDays(-1));
        }

        for (var round = 0; round < 2; round++)
        {
            await using var all = _factory.Services.CreateAsyncScope();
            var everything = await all.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Incidents.Select(i => i.UnitId).ToListAsync();

            await using var own = _factory.Services.CreateAsyncScope();
            own.ServiceProvider.GetRequiredService<UnitScope>().RestrictTo([hctp]);
            var mine = await own.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Incidents.Select(i => i.UnitId).ToListAsync();

            Assert.Contains(tgpl, everything);
            Assert.Equal(everything.Count(u => u == hctp), mine.Count);
            Assert.All(mine, u => Assert.Equal(hctp, u));

            await using var none = _factory.Services.CreateAsyncScope();
            none.ServiceProvider.GetRequiredService<UnitScope>().RestrictTo([]);
            Assert.Empty(await none.ServiceProvider.GetRequiredService<FireSafetyDbContext>().Incidents.ToListAsync());
        }
    }
}

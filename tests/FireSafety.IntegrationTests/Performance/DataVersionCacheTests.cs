using System.Globalization;
using AngleSharp.Dom;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Performance;

/// <summary>
/// The figures kept in the <see cref="DataVersionCache"/> (the dashboard, the unit drop-downs, the
/// task board) follow every change on the next request, and are never served across unit scopes.
/// </summary>
public sealed class DataVersionCacheTests : IClassFixture<FireSafetyFactory>
{
    private readonly FireSafetyFactory _factory;

    public DataVersionCacheTests(FireSafetyFactory factory) => _factory = factory;

    [Fact]
    public async Task Dashboard_ShowsAChange_OnTheNextRequest()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        var before = IncidentCount(await office.GetDocumentAsync("/"));
        Assert.Equal(before, IncidentCount(await office.GetDocumentAsync("/")));

        await using (var scope = _factory.Database())
        {
            var unitId = await IncidentTestData.UnitIdAsync(scope.Db, "TGPL");
            await IncidentTestData.IncidentAsync(scope.Db, unitId, DateTime.UtcNow.AddHours(-1), IncidentType.Fire);
        }

        Assert.Equal(before + 1, IncidentCount(await office.GetDocumentAsync("/")));
    }

    [Fact]
    public async Task Dashboard_ComputedForTheWholeOrganisation_IsNotServedToAUnitHead()
    {
        int hctp, tgpl;
        await using (var scope = _factory.Database())
        {
            hctp = await IncidentTestData.UnitIdAsync(scope.Db, "HCTP");
            tgpl = await IncidentTestData.UnitIdAsync(scope.Db, "TGPL");
            await IncidentTestData.IncidentAsync(scope.Db, tgpl, DateTime.UtcNow.AddHours(-2), IncidentType.Fire);
        }

        // The office asks first, so the organisation's figures are in memory when the unit head asks.
        var office = await SignedInAsync(DemoAccounts.Office);
        var all = await office.GetDocumentAsync("/");
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        var own = await head.GetDocumentAsync("/");

        await using (var scope = _factory.Database())
        {
            var from = VietnamTime.StartOfDayUtc(new DateOnly(VietnamTime.ToLocalDate(DateTime.UtcNow).Year, 1, 1));
            var ofHead = await scope.Db.Incidents.IgnoreQueryFilters().CountAsync(i => i.UnitId == hctp && i.OccurredAtUtc >= from);
            var ofAll = await scope.Db.Incidents.IgnoreQueryFilters().CountAsync(i => i.OccurredAtUtc >= from);
            Assert.True(ofAll > ofHead, "the arrangement needs another unit's incident this year");
            Assert.Equal(ofAll, IncidentCount(all));
            Assert.Equal(ofHead, IncidentCount(own));
        }

        // Nor the other way round: the unit head's figures are not the office's, and the unit
        // drop-down the office was served (every unit) is not the unit head's.
        Assert.Equal(IncidentCount(all), IncidentCount(await office.GetDocumentAsync("/")));
        var tgplValue = tgpl.ToString(CultureInfo.InvariantCulture);
        Assert.Contains((await office.GetDocumentAsync("/Incidents")).QuerySelectorAll("#unitId option"), o => o.GetAttribute("value") == tgplValue);
        Assert.DoesNotContain((await head.GetDocumentAsync("/Incidents")).QuerySelectorAll("#unitId option"), o => o.GetAttribute("value") == tgplValue);
    }

    [Fact]
    public async Task UnitDropDown_OfTheLists_ShowsARenamedUnit_OnTheNextRequest()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        Assert.DoesNotContain("Phòng đã đổi tên", UnitOptions(await office.GetDocumentAsync("/Incidents")), StringComparer.Ordinal);

        await using (var scope = _factory.Database())
        {
            var unit = await scope.Db.Units.SingleAsync(u => u.Code == "PBGDPL");
            unit.Name = "Phòng đã đổi tên";
            await scope.Db.SaveChangesAsync();
        }

        Assert.Contains(UnitOptions(await office.GetDocumentAsync("/Incidents")), o => o.StartsWith("Phòng đã đổi tên", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnitHeadsScope_TakesInANewSubUnit_OnTheNextRequest()
    {
        // The unit head's subtree is kept between requests: a unit added below theirs must join it.
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        Assert.DoesNotContain("Sự cố ở tổ mới thành lập", (await head.GetDocumentAsync("/Incidents")).Body!.TextContent, StringComparison.Ordinal);

        await using (var scope = _factory.Database())
        {
            var hctp = await IncidentTestData.UnitIdAsync(scope.Db, "HCTP");
            var team = new Unit { Code = "HCTP-TO1", Name = "Tổ mới thành lập", Kind = UnitKind.Division, ParentId = hctp };
            await scope.Services.GetRequiredService<UnitTree>().AddAsync(team);
            await IncidentTestData.IncidentAsync(scope.Db, team.Id, DateTime.UtcNow.AddHours(-5), summary: "Sự cố ở tổ mới thành lập");
        }

        Assert.Contains("Sự cố ở tổ mới thành lập", (await head.GetDocumentAsync("/Incidents")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_IsTheLastAuditEntry_AndMovesWithEverySave()
    {
        await using var scope = _factory.Database();
        var before = await DataVersionCache.VersionAsync(scope.Db);
        Assert.Equal(await scope.Db.AuditEntries.MaxAsync(a => a.Id), before);

        var unitId = await IncidentTestData.UnitIdAsync(scope.Db, "TGPL");
        await IncidentTestData.IncidentAsync(scope.Db, unitId, DateTime.UtcNow.AddHours(-3));

        Assert.True(await DataVersionCache.VersionAsync(scope.Db) > before);
    }

    [Fact]
    public async Task GetOrCompute_ComputesOnce_PerVersionAndScope()
    {
        var cache = _factory.Services.GetRequiredService<DataVersionCache>();
        var computed = 0;
        Task<int> Compute(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref computed));

        await using (var scope = _factory.Database())
        {
            Assert.Equal(1, await cache.GetOrComputeAsync(scope.Db, "test-once", Compute));
            Assert.Equal(1, await cache.GetOrComputeAsync(scope.Db, "test-once", Compute));
        }

        // Another scope: computed for it.
        await using (var restricted = _factory.Services.CreateAsyncScope())
        {
            restricted.ServiceProvider.GetRequiredService<UnitScope>().RestrictTo([1]);
            var db = restricted.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
            Assert.Equal(2, await cache.GetOrComputeAsync(db, "test-once", Compute));
        }

        // A change: computed again.
        await using (var scope = _factory.Database())
        {
            var unitId = await IncidentTestData.UnitIdAsync(scope.Db, "TGPL");
            await IncidentTestData.IncidentAsync(scope.Db, unitId, DateTime.UtcNow.AddHours(-4));
            Assert.Equal(3, await cache.GetOrComputeAsync(scope.Db, "test-once", Compute));
        }
    }

    private static int IncidentCount(IDocument page) =>
        int.Parse(
            page.QuerySelector("[data-testid=headline-incidents-count] [data-testid=figure-value]")!.TextContent.Trim().Replace(".", string.Empty, StringComparison.Ordinal),
            CultureInfo.InvariantCulture);

    private static List<string> UnitOptions(IDocument page) =>
        [.. page.QuerySelectorAll("#unitId option").Select(o => o.TextContent.Trim().TrimStart('—', ' '))];

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Incidents;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Incidents;

/// <summary>
/// The totals the list, the dashboard and the annual summary share: checked against a plain
/// in-memory count over random incidents, for many filters, unrestricted and as a unit head.
/// </summary>
public sealed class IncidentTotalsTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static List<Incident>? _incidents;

    [Fact]
    public async Task Totals_EqualAPlainCount_ForEveryFilter()
    {
        var incidents = await ArrangeAsync();
        await using var scope = factory.Database();
        var units = await scope.Db.Units.Select(u => new { u.Id, u.Code, u.Path }).ToListAsync();
        var totals = scope.Services.GetRequiredService<IncidentTotals>();
        var root = units.Single(u => u.Code == "STP");

        foreach (var year in new int?[] { null, 2024, 2025, 2026 })
        {
            foreach (var unit in new[] { null, root, units.Single(u => u.Code == "HCTP"), units.Single(u => u.Code == "TGPL") })
            {
                foreach (var type in new IncidentType?[] { null, IncidentType.Fire, IncidentType.Accident })
                {
                    var filter = new IncidentFilter(year, unit?.Id, type);
                    var expected = incidents.Where(i =>
                        (year is null || VietnamTime.ToLocalDate(i.OccurredAtUtc).Year == year)
                        && (unit is null || units.Single(u => u.Id == i.UnitId).Path.StartsWith(unit.Path, StringComparison.Ordinal))
                        && (type is null || i.Type == type)).ToList();

                    var actual = await totals.ComputeAsync(filter);

                    Assert.Equal(Figures(expected), actual.All);
                    Assert.All(IncidentTypes.All, t => Assert.Equal(Figures(expected.Where(i => i.Type == t)), actual.ByType[t]));
                    Assert.Equal(
                        expected.GroupBy(i => i.CauseId).ToDictionary(g => g.Key ?? 0, g => Figures(g)),
                        actual.ByCause.ToDictionary(c => c.CauseId ?? 0, c => c.Figures));
                }
            }
        }
    }

    [Fact]
    public async Task UnitHead_TotalsAndList_CountOnlyTheirOwnUnit()
    {
        var incidents = await ArrangeAsync();
        int hctp;
        await using (var scope = factory.Database())
        {
            hctp = await IncidentTestData.UnitIdAsync(scope.Db, "HCTP");
            scope.Services.GetRequiredService<UnitScope>().RestrictTo([hctp]);
            var restricted = await scope.Services.GetRequiredService<IncidentTotals>().ComputeAsync(new IncidentFilter());
            Assert.Equal(Figures(incidents.Where(i => i.UnitId == hctp)), restricted.All);
        }

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var page = await client.GetDocumentAsync("/Incidents?year=2025");
        var own = incidents.Where(i => i.UnitId == hctp && VietnamTime.ToLocalDate(i.OccurredAtUtc).Year == 2025).ToList();

        Assert.Equal(own.Count.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), page.QuerySelector("[data-testid=total-count]")!.TextContent.Trim());
        Assert.Equal(own.Sum(i => i.PropertyLostVnd).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), page.QuerySelector("[data-testid=total-lost]")!.TextContent.Trim());
        Assert.Equal($"Trang 1/{Math.Max(1, (own.Count + 19) / 20)} · {own.Count} bản ghi", page.QuerySelector("[data-testid=pager-summary]")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("[data-testid=incident-row] td.d-md-table-cell"), td => Assert.Equal("Phòng Hành chính tư pháp", td.TextContent.Trim()));
    }

    [Fact]
    public async Task OfficeList_FiltersByTypeAndUnit_AndItsTotalsAgreeWithTheRows()
    {
        var incidents = await ArrangeAsync();
        int tgpl;
        await using (var scope = factory.Database())
        {
            tgpl = await IncidentTestData.UnitIdAsync(scope.Db, "TGPL");
        }

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);
        var page = await client.GetDocumentAsync($"/Incidents?type=Fire&unitId={tgpl}&year=2026");
        var expected = incidents.Count(i => i.UnitId == tgpl && i.Type == IncidentType.Fire && VietnamTime.ToLocalDate(i.OccurredAtUtc).Year == 2026);

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=total-count]")!.TextContent.Trim());
        Assert.Equal(Math.Min(20, expected), page.QuerySelectorAll("[data-testid=incident-row]").Length);
        Assert.All(page.QuerySelectorAll("[data-testid=incident-row] .badge.text-bg-danger"), b => Assert.Equal("Cháy", b.TextContent.Trim()));
    }

    [Fact]
    public async Task TheYear_IsTheVietnameseCalendarYear()
    {
        await ArrangeAsync();
        await using var scope = factory.Database();
        var unit = await IncidentTestData.UnitIdAsync(scope.Db, "DGTS");
        // Rolled back at the end, so the other tests' plain counts stay right.
        await using var transaction = await scope.Db.Database.BeginTransactionAsync();
        // 31/12/2027 23:30 and 01/01/2028 00:10 in Vietnam.
        await IncidentTestData.IncidentAsync(scope.Db, unit, new DateTime(2027, 12, 31, 16, 30, 0, DateTimeKind.Utc), deaths: 1);
        await IncidentTestData.IncidentAsync(scope.Db, unit, new DateTime(2027, 12, 31, 17, 10, 0, DateTimeKind.Utc), deaths: 2);
        var totals = scope.Services.GetRequiredService<IncidentTotals>();

        Assert.Equal(1, (await totals.ComputeAsync(new IncidentFilter(2027, unit))).All.Deaths);
        Assert.Equal(2, (await totals.ComputeAsync(new IncidentFilter(2028, unit))).All.Deaths);
    }

    private static IncidentFigures Figures(IEnumerable<Incident> incidents)
    {
        var list = incidents.ToList();
        return new IncidentFigures(list.Count, list.Sum(i => i.Deaths), list.Sum(i => i.Injured), list.Sum(i => i.Rescued), list.Sum(i => i.PropertyLostVnd), list.Sum(i => i.PropertySavedVnd));
    }

    /// <summary>Random incidents (fixed seed) over three years, every unit, type and cause; once per class.</summary>
    private async Task<List<Incident>> ArrangeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            if (_incidents is not null)
            {
                return _incidents;
            }

            await using var scope = factory.Database();
            var units = await scope.Db.Units.Select(u => u.Id).ToListAsync();
            var causes = await scope.Db.IncidentCodes.Where(c => c.Kind == IncidentCodeKind.Cause).Select(c => (int?)c.Id).ToListAsync();
            causes.Add(null);
            var random = new Random(20261128);
            var incidents = new List<Incident>();
            for (var n = 0; n < 150; n++)
            {
                incidents.Add(new Incident
                {
                    UnitId = units[random.Next(units.Count)],
                    Type = (IncidentType)random.Next(4),
                    Place = "Nơi " + n.ToString(CultureInfo.InvariantCulture),
                    Summary = "Sự việc " + n.ToString(CultureInfo.InvariantCulture),
                    OccurredAtUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(3 * 365 * 24 * 60)),
                    Deaths = random.Next(3),
                    Injured = random.Next(5),
                    Rescued = random.Next(10),
                    PropertyLostVnd = random.NextInt64(0, 5_000_000_000),
                    PropertySavedVnd = random.NextInt64(0, 5_000_000_000),
                    CauseId = causes[random.Next(causes.Count)],
                    CreatedAtUtc = DateTime.UtcNow,
                });
            }

            scope.Db.Incidents.AddRange(incidents);
            await scope.Db.SaveChangesAsync();
            _incidents = incidents;
            return incidents;
        }
        finally
        {
            Arranged.Release();
        }
    }
}

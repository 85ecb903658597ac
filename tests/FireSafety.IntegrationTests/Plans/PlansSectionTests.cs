using System.Text.RegularExpressions;
using FireSafety.Core.Common;
using FireSafety.Core.Reporting;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Plans;

/// <summary>
/// II.4 of the annual summary on constructed data for 2024 (the demo data is all later): every
/// figure equals the hand count, and the list its link opens shows exactly that many records.
/// </summary>
public sealed partial class PlansSectionTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private const int Year = 2024;
    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static bool _arranged;

    [Fact]
    public async Task Figures_EqualTheHandCount_InTotalAndPerUnit()
    {
        var (figures, units) = await ComputeAsync();

        Assert.Equal(3, Figure(figures, "in-force").Value);
        Assert.Equal(2, Figure(figures, "approved").Value);
        Assert.Equal(3, Figure(figures, "drilled-plans").Value);
        Assert.Equal(4, Figure(figures, "drills").Value);
        Assert.Equal(2, Figure(figures, "drills-police").Value);
        Assert.Equal(42, Figure(figures, "participants").Value);
        Assert.Equal((2, 2), (figures.PerUnit[units["HCTP"]]["plans"], figures.PerUnit[units["HCTP"]]["drills"]));
        Assert.Equal((1, 1), (figures.PerUnit[units["TGPL"]]["plans"], figures.PerUnit[units["TGPL"]]["drills"]));
        Assert.Equal((0, 1), (figures.PerUnit[units["DGTS"]]["plans"], figures.PerUnit[units["DGTS"]]["drills"]));
        Assert.Equal(["plans", "drills"], figures.Columns.Select(c => c.Key));
    }

    [Fact]
    public async Task EachFiguresLink_ListsExactlyThatManyRecords()
    {
        var (figures, _) = await ComputeAsync();
        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);

        foreach (var key in new[] { "in-force", "approved", "drilled-plans", "drills", "drills-police" })
        {
            var figure = Figure(figures, key);
            var page = await office.GetDocumentAsync(figure.Link!);
            var rows = page.QuerySelectorAll("[data-testid=plan-row], [data-testid=drill-row]").Length;
            Assert.True(figure.Value == rows, $"{key}: figure {figure.Value}, {figure.Link} lists {rows}");
            Assert.Equal($"{rows} bản ghi", PagerTotal().Match(page.QuerySelector("[data-testid=pager-summary]")!.TextContent).Value);
        }

        var participants = Figure(figures, "participants");
        var drills = await office.GetDocumentAsync(participants.Link!);
        Assert.Equal(participants.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), drills.QuerySelector("[data-testid=participants]")!.TextContent.Trim());
    }

    [Fact]
    public void Section_IsRegisteredAfterSelfInspections()
    {
        using var scope = factory.Services.CreateScope();
        var orders = scope.ServiceProvider.GetServices<ISummarySection>().Select(s => (s.GetType(), s.Order)).ToList();

        Assert.Contains((typeof(PlansSection), 40), orders);
    }

    private static SummaryFigure Figure(SectionResult result, string key) => result.Section.Figures.Single(f => f.Key == key);

    private async Task<(SectionResult Figures, Dictionary<string, int> Units)> ComputeAsync()
    {
        await ArrangeAsync();
        await using var scope = factory.Database();
        var units = await scope.Db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        var reporting = await scope.Db.Units.Where(u => u.ParentId != null).Select(u => new SummaryUnit(u.Id, u.Name)).ToListAsync();
        var context = new SummaryContext(scope.Db, Year, VietnamTime.EndOfDayUtc(new DateOnly(Year, 12, 31)), reporting);
        return (await new PlansSection().ComputeAsync(context, CancellationToken.None), units);
    }

    /// <summary>
    /// HCTP: plan A (revision 1 approved 2023, superseded 01/06/2024 by revision 2), drilled on each
    /// revision in 2024 (10 with police, 20); plan E approved 2022, drilled only in 2025.
    /// TGPL: plan B approved 01/02/2024, superseded 10/01/2025; drilled 2023 and 31/12/2024 (5, police).
    /// DGTS: plan C a draft drilled 05/05/2024 (7); plan D approved 2025.
    /// </summary>
    private async Task ArrangeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            if (_arranged)
            {
                return;
            }

            await using var scope = factory.Database();
            var db = scope.Db;
            var hctp = await PlanTestData.UnitIdAsync(db, "HCTP");
            var tgpl = await PlanTestData.UnitIdAsync(db, "TGPL");
            var dgts = await PlanTestData.UnitIdAsync(db, "DGTS");

            var a = Guid.NewGuid();
            var a1 = await PlanTestData.PlanAsync(db, hctp, "A1", new DateOnly(2023, 5, 1), new DateOnly(2024, 6, 1), a, 1, isCurrent: false);
            var a2 = await PlanTestData.PlanAsync(db, hctp, "A2", new DateOnly(2024, 6, 1), series: a, revision: 2);
            await PlanTestData.DrillAsync(db, a1, new DateOnly(2024, 3, 1), 10, police: true);
            await PlanTestData.DrillAsync(db, a2, new DateOnly(2024, 9, 1), 20);
            var e = await PlanTestData.PlanAsync(db, hctp, "E", new DateOnly(2022, 1, 1));
            await PlanTestData.DrillAsync(db, e, new DateOnly(2025, 1, 1), 99, police: true);

            var b = Guid.NewGuid();
            var b1 = await PlanTestData.PlanAsync(db, tgpl, "B1", new DateOnly(2024, 2, 1), new DateOnly(2025, 1, 10), b, 1, isCurrent: false);
            await PlanTestData.PlanAsync(db, tgpl, "B2", new DateOnly(2025, 1, 10), series: b, revision: 2);
            await PlanTestData.DrillAsync(db, b1, new DateOnly(2023, 11, 1), 50, police: true);
            await PlanTestData.DrillAsync(db, b1, new DateOnly(2024, 12, 31), 5, police: true);

            var c = await PlanTestData.PlanAsync(db, dgts, "C");
            await PlanTestData.DrillAsync(db, c, new DateOnly(2024, 5, 5), 7);
            await PlanTestData.PlanAsync(db, dgts, "D", new DateOnly(2025, 3, 1));
            _arranged = true;
        }
        finally
        {
            Arranged.Release();
        }
    }

    [GeneratedRegex(@"\d+ bản ghi")]
    private static partial Regex PagerTotal();
}

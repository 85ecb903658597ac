using System.Globalization;
using AngleSharp.Dom;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Directives;
using FireSafety.Core.Incidents;
using FireSafety.Core.Inspections;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Actions;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.IntegrationTests.Plans;
using FireSafety.IntegrationTests.Reporting;
using FireSafety.IntegrationTests.RiskPoints;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.IntegrationTests.Training;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Dashboard;

/// <summary>
/// The leadership dashboard on constructed data: every number links to the list it counts and the
/// list shows exactly that number — for the whole organisation, for a subtree, and for a unit head,
/// whose dashboard holds nothing of another unit.
/// </summary>
public sealed class DashboardTests(DashboardTests.Factory factory) : IClassFixture<DashboardTests.Factory>
{
    // The demo records are dated from the real clock; the dashboard's "today" is that moment, frozen.
    public sealed class Factory : FireSafetyFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _arranged;

        public Factory() => Time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        public DateOnly Today => VietnamTime.ToLocalDate(Time!.GetUtcNow());

        /// <summary>Adds the constructed records once for the class (a sub-unit "HCTP-1" under HCTP included).</summary>
        public async Task ArrangeAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_arranged)
                {
                    await DashboardTests.ArrangeAsync(this);
                    _arranged = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private static readonly string[] MustBePositive =
    [
        "tasks/Overdue", "tasks/DoneOnTime", "tasks/WithinTerm", "actions/open", "actions/overdue", "actions/fixed",
        "equipment/check-overdue", "incidents/count", "incidents/deaths", "risk/level", "risk/review-overdue",
        "plans/in-force", "plans/drilled", "plans/not-drilled", "training/expiring", "training/expired", "inspections/month",
    ];

    [Fact]
    public async Task Office_EveryFigure_EqualsTheCountOfTheListItLinksTo()
    {
        await factory.ArrangeAsync();
        var office = await SignedInAsync(DemoAccounts.Office);

        var page = await office.GetDocumentAsync($"/?year={factory.Today.Year}");

        var followed = await FollowEveryFigureAsync(office, page);
        Assert.All(MustBePositive, key => Assert.True(followed.TryGetValue(key, out var max) && max > 0, $"{key} shows no positive figure"));
        Assert.Contains(page.QuerySelectorAll("[data-testid=ranking] tbody tr"), row => row.GetAttribute("data-unit") == "TGPL");
    }

    [Fact]
    public async Task Office_ForASubtree_CountsThatSubtreeOnly_AndItsFiguresStillEqualTheirLists()
    {
        await factory.ArrangeAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        int hctp, tgpl;
        await using (var scope = factory.Database())
        {
            hctp = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            tgpl = await TaskTestData.UnitIdAsync(scope.Db, "TGPL");
        }

        var page = await office.GetDocumentAsync($"/?year={factory.Today.Year}&under={hctp}");

        Assert.Equal(["HCTP", "HCTP-1"], UnitCodes(page));
        Assert.All(page.QuerySelectorAll("a[data-figure]"), link => Assert.DoesNotContain(FormattableString.Invariant($"unitId={tgpl}&"), link.GetAttribute("href")! + "&", StringComparison.Ordinal));
        var followed = await FollowEveryFigureAsync(office, page);
        Assert.True(followed["tasks/Overdue"] >= 2, "the unit's and its sub-unit's overdue tasks");
        Assert.True(followed["actions/open"] > 0);
    }

    [Fact]
    public async Task UnitHead_SeesTheirOwnUnitsVersion_WithNothingOfAnotherUnit()
    {
        await factory.ArrangeAsync();
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        string otherName, otherId;
        await using (var scope = factory.Database())
        {
            var other = await scope.Db.Units.SingleAsync(u => u.Code == "TGPL");
            (otherName, otherId) = (other.Name, other.Id.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var url in new[] { $"/?year={factory.Today.Year}", $"/?year={factory.Today.Year}&under={otherId}" })
        {
            var page = await head.GetDocumentAsync(url);

            Assert.Equal("Bảng điều hành của đơn vị", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(["HCTP", "HCTP-1"], UnitCodes(page));
            Assert.DoesNotContain(otherName, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(page.QuerySelectorAll("#under option"), option => option.GetAttribute("value") == otherId);
            var followed = await FollowEveryFigureAsync(head, page);
            Assert.True(followed["tasks/Overdue"] >= 2);
            Assert.True(followed["incidents/count"] > 0);
        }
    }

    [Fact]
    public async Task Leader_SeesTheWholeOrganisation_AndTheCharts_HaveTheirTables()
    {
        await factory.ArrangeAsync();
        var leader = await SignedInAsync(DemoAccounts.Leader);

        var page = await leader.GetDocumentAsync("/");

        Assert.Equal("Bảng điều hành", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("TGPL", UnitCodes(page));
        foreach (var table in page.QuerySelectorAll("table[data-chart]"))
        {
            Assert.NotNull(page.GetElementById(table.GetAttribute("data-chart-canvas")!));
            Assert.NotEmpty(table.QuerySelectorAll("thead th[data-series]"));
        }
    }

    /// <summary>Follows each distinct figure link and holds its number to the list; returns the largest value seen per key.</summary>
    private static async Task<Dictionary<string, long>> FollowEveryFigureAsync(PageClient client, IDocument page)
    {
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var checkedLinks = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var link in page.QuerySelectorAll("a[data-figure]"))
        {
            var key = link.GetAttribute("data-figure")!;
            var href = link.GetAttribute("href")!;
            var value = ListCounts.Number(link.QuerySelector("[data-testid=figure-value]")?.TextContent ?? link.TextContent);
            if (!checkedLinks.TryGetValue(href + "#" + key, out var listed))
            {
                listed = ListCounts.Of(key, href, await client.GetDocumentAsync(href));
                checkedLinks[href + "#" + key] = listed;
            }

            Assert.True(value == listed, $"{key}: the dashboard shows {value}, the list {href} shows {listed}");
            seen[key] = Math.Max(seen.GetValueOrDefault(key), value);
        }

        Assert.NotEmpty(seen);
        return seen;
    }

    private static List<string> UnitCodes(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=ranking] tbody tr").Select(row => row.GetAttribute("data-unit")!).Order(StringComparer.Ordinal)];

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private static async Task ArrangeAsync(Factory factory)
    {
        var now = factory.Time!.GetUtcNow().UtcDateTime;
        var today = factory.Today;
        await using var scope = factory.Database();
        var db = scope.Db;
        var hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
        var tgpl = await TaskTestData.UnitIdAsync(db, "TGPL");
        var child = new Unit { Code = "HCTP-1", Name = "Tổ tư pháp phường Bắc Hà", ParentId = hctp, Kind = UnitKind.Division };
        await scope.Services.GetRequiredService<UnitTree>().AddAsync(child);
        db.Facilities.Add(new Facility { UnitId = child.Id, Name = "Trụ sở tổ tư pháp", Address = "Phường Bắc Hà" });
        await db.SaveChangesAsync();
        db.Areas.Add(new Area { UnitId = child.Id, FacilityId = (await db.Facilities.IgnoreQueryFilters().SingleAsync(f => f.UnitId == child.Id)).Id, Name = "Phòng làm việc" });
        await db.SaveChangesAsync();

        // Tasks due this year: overdue in the unit and its sub-unit, on time, within term elsewhere.
        var directive = await TaskTestData.DirectiveAsync(db, "Bảng điều hành");
        var pastDay = today.DayOfYear > 1 ? today.AddDays(-1) : today;
        var yearEnd = new DateOnly(today.Year, 12, 31);
        await TaskTestData.AssignmentAsync(db, directive, hctp, pastDay);
        await TaskTestData.AssignmentAsync(db, directive, child.Id, pastDay);
        await TaskTestData.AssignmentAsync(db, directive, tgpl, yearEnd);
        await TaskTestData.AssignmentAsync(db, directive, tgpl, yearEnd, new AssignmentState(AssignmentStatus.Accepted, yearEnd, now.AddDays(-1), now.AddHours(-1)));
        await TaskTestData.AssignmentAsync(db, directive, child.Id, yearEnd, new AssignmentState(AssignmentStatus.Submitted, yearEnd, now.AddHours(-2)));

        // Open actions of every age (created days ago), one overdue, one fixed and awaiting verification.
        foreach (var (unit, days, severity) in new[] { (hctp, 0, Severity.Critical), (child.Id, 45, Severity.Major), (hctp, 120, Severity.Minor), (tgpl, 31, Severity.Critical) })
        {
            var action = await ActionTestData.ActionAsync(db, unit, today.AddDays(days == 0 ? 5 : -1));
            (action.Severity, action.CreatedAtUtc) = (severity, now.AddDays(-days));
        }

        await ActionTestData.ActionAsync(db, tgpl, today, status: ActionStatus.Fixed);

        // A submitted inspection this month with a finding not remedied.
        var inspection = new Inspection
        {
            UnitId = child.Id,
            FacilityId = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == child.Id).Select(f => f.Id).FirstAsync(),
            Inspectors = "Nguyễn Văn A",
            TemplateId = await InspectionTestData.PublishedTemplateIdAsync(db),
            InspectedOn = today,
            Status = InspectionStatus.Submitted,
            StartedAtUtc = now.AddMinutes(-30),
            SubmittedAtUtc = now.AddMinutes(-10),
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        var item = await db.ChecklistItems.Where(i => i.Section!.TemplateId == inspection.TemplateId).OrderBy(i => i.Id).FirstAsync();
        db.Findings.Add(new Finding { UnitId = child.Id, InspectionId = inspection.Id, ItemId = item.Id, ItemCode = item.Code, ItemText = item.Text, Severity = Severity.Major });

        // Equipment overdue for its check; incidents this year (and one last year, not counted).
        await EquipmentTestData.ItemAsync(db, child.Id, lastChecked: today.AddYears(-2));
        await IncidentTestData.IncidentAsync(db, child.Id, now.AddHours(-3), IncidentType.Fire, deaths: 1, injured: 2, lost: 2_500_000);
        await IncidentTestData.IncidentAsync(db, tgpl, now.AddHours(-1), IncidentType.Explosion);
        await IncidentTestData.IncidentAsync(db, tgpl, VietnamTime.StartOfDayUtc(new DateOnly(today.Year, 1, 1)).AddHours(-1), IncidentType.Fire, deaths: 4);

        // High-risk points at every level, one past its review.
        await RiskPointTestData.PointAsync(db, child.Id, likelihood: 5, severity: 5, nextReviewOn: today.AddDays(-1));
        await RiskPointTestData.PointAsync(db, hctp, likelihood: 1, severity: 2);
        await RiskPointTestData.PointAsync(db, tgpl, likelihood: 3, severity: 3);

        // Plans in force, one drilled this year; certificates expiring and expired.
        var drilled = await PlanTestData.PlanAsync(db, child.Id, approvedOn: today.AddDays(-40));
        await PlanTestData.DrillAsync(db, drilled, today);
        await PlanTestData.PlanAsync(db, hctp, approvedOn: today.AddDays(-10));
        await TrainingTestData.RecordAsync(db, child.Id, expiresOn: today.AddDays(5));
        await TrainingTestData.RecordAsync(db, hctp, expiresOn: today.AddDays(-5));
        await db.SaveChangesAsync();
    }
}

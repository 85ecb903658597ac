using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Directives;
using FireSafety.Core.Equipment;
using FireSafety.Core.Incidents;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Actions;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Reporting;

/// <summary>
/// Every figure of the annual summary that links to a list: the office follows the link and the
/// list shows exactly the figure's count. The records are arranged so that each filter matters
/// (an inactive facility, a retired item, a carried-over finding, last year's difficulty ...).
/// </summary>
public sealed class FigureLinkTests(FigureLinkTests.Factory factory) : IClassFixture<FigureLinkTests.Factory>
{
    // The demo records of the template are dated from the real clock, so the summary's moment is
    // the real "now" (frozen): its figures and the lists then see the same records.
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task EveryLinkedFigure_EqualsTheCountOfTheListItLinksTo()
    {
        var now = factory.Time!.GetUtcNow().UtcDateTime;
        var today = VietnamTime.ToLocalDate(now);
        var year = today.Year;
        await ArrangeAsync(now, today);

        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);
        await office.SubmitAsync($"/Reporting?year={year}", new Dictionary<string, string?>(), "form[data-testid=compile-form]");
        Assert.Equal(1, await factory.Services.GetRequiredService<AnnualSummaryJob>().RunPendingAsync(CancellationToken.None));
        var details = (await office.GetDocumentAsync($"/Reporting?year={year}")).QuerySelector("[data-testid=revision-link]")!.GetAttribute("href")!;
        var page = await office.GetDocumentAsync(details);

        var followed = new List<string>();
        foreach (var figure in page.QuerySelectorAll("[data-testid=figure]"))
        {
            if (figure.QuerySelector("a[data-testid=figure-value]") is not { } link)
            {
                continue;
            }

            var key = figure.GetAttribute("data-key")!;
            var href = link.GetAttribute("href")!;
            var list = await office.GetDocumentAsync(href);
            Assert.True(ListCounts.Number(link.TextContent) == ListCounts.Of(key, href, list), $"{key}: the figure is {link.TextContent.Trim()}, the list {href} shows {ListCounts.Of(key, href, list)}");
            followed.Add(key);
        }

        // The figures of every section with links were followed, and the arranged records show.
        foreach (var key in new[]
        {
            "situation/facilities", "inspections/held", "inspections/found", "inspections/remedied", "inspections/open",
            "equipment/in-service", "equipment/checks", "equipment/failed", "equipment/maintained", "equipment/needs-repair",
            "equipment/type-3-in-service", "incidents/count", "incidents/deaths", "incidents/type-Explosion", "tasks/assigned", "tasks/overdue",
        })
        {
            Assert.Contains(key, followed);
        }

        Assert.All(new[] { "inspections/found", "inspections/remedied", "inspections/open", "equipment/checks", "equipment/failed", "equipment/maintained", "equipment/needs-repair", "incidents/deaths" }, key =>
            Assert.True(ListCounts.Number(page.QuerySelector($"[data-key='{key}'] [data-testid=figure-value]")!.TextContent) > 0, key));

        // III. The difficulties the units raised in the year, linked to the list of that year.
        var difficulties = page.QuerySelector("[data-testid=difficulties-link]")!;
        var raised = await office.GetDocumentAsync(difficulties.GetAttribute("href")!);
        Assert.Equal(ListCounts.Number(difficulties.TextContent.Trim('(', ')', ' ', '\n')), ListCounts.Total(raised));
        Assert.Equal(page.QuerySelectorAll("[data-testid=difficulties] li").Length, ListCounts.Total(raised));
        Assert.Contains(page.QuerySelectorAll("[data-testid=difficulties] li"), li => li.TextContent.Contains("Chưa được cấp bình MT3 dự phòng", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-testid=difficulties] li"), li => li.TextContent.Contains("Vướng mắc của năm trước", StringComparison.Ordinal));
    }

    private async Task ArrangeAsync(DateTime now, DateOnly today)
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        var hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
        var tgpl = await TaskTestData.UnitIdAsync(db, "TGPL");

        // Situation: a facility no longer in use is not counted.
        var facility = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == tgpl).OrderBy(f => f.Id).FirstAsync();
        facility.IsActive = false;

        // Equipment: in service, needing repair, retired (maintained, so "maintained" counts it but "in service" does not).
        var extinguisher = await EquipmentTestData.ItemAsync(db, hctp, typeCode: "MT3");
        extinguisher.LastMaintainedOn = today;
        var broken = await EquipmentTestData.ItemAsync(db, hctp, typeCode: "MT3");
        broken.Status = EquipmentStatus.NeedsRepair;
        var retired = await EquipmentTestData.ItemAsync(db, tgpl, typeCode: "EXIT");
        (retired.Status, retired.LastMaintainedOn) = (EquipmentStatus.Retired, today);
        db.EquipmentChecks.AddRange(
            Check(extinguisher, true),
            Check(extinguisher, true),
            Check(broken, false),
            Check(retired, true, new DateOnly(today.Year - 1, 12, 31)));

        // Self-inspection: found = remedied (verified action) + open (action fixed, not verified; or no action); a carried-over one is not new.
        var inspection = new Inspection
        {
            UnitId = hctp,
            FacilityId = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == hctp).Select(f => f.Id).FirstAsync(),
            Inspectors = "Nguyễn Văn A",
            TemplateId = await InspectionTestData.PublishedTemplateIdAsync(db),
            InspectedOn = today,
            Status = InspectionStatus.Submitted,
            StartedAtUtc = now.AddMinutes(-30),
            SubmittedAtUtc = now.AddMinutes(-10),
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        var verified = await ActionTestData.ActionAsync(db, hctp, today, status: ActionStatus.Verified);
        verified.VerifiedAtUtc = now.AddMinutes(-5);
        var fixedOnly = await ActionTestData.ActionAsync(db, hctp, today, status: ActionStatus.Fixed);
        var items = await db.ChecklistItems.Where(i => i.Section!.TemplateId == inspection.TemplateId).OrderBy(i => i.Id).Select(i => new { i.Id, i.Code, i.Text }).Take(4).ToListAsync();
        Finding NewFinding(int index, int? actionId, bool carried = false) => new()
        {
            UnitId = hctp,
            InspectionId = inspection.Id,
            ItemId = items[index].Id,
            ItemCode = items[index].Code,
            ItemText = items[index].Text,
            Severity = Severity.Major,
            ActionId = actionId,
            CarriedOver = carried,
        };
        db.Findings.AddRange(NewFinding(0, verified.Id), NewFinding(1, fixedOnly.Id), NewFinding(2, null), NewFinding(3, null, carried: true));

        // Incidents: a fire with a death and a known cause, an explosion without one, one of last year.
        var cause = await db.IncidentCodes.Where(c => c.Kind == IncidentCodeKind.Cause).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        await IncidentTestData.IncidentAsync(db, hctp, now.AddHours(-2), IncidentType.Fire, deaths: 1, injured: 2, lost: 1_500_000, saved: 3_000_000, causeId: cause);
        await IncidentTestData.IncidentAsync(db, tgpl, now.AddHours(-1), IncidentType.Explosion, rescued: 3);
        await IncidentTestData.IncidentAsync(db, tgpl, VietnamTime.StartOfDayUtc(new DateOnly(today.Year, 1, 1)).AddHours(-1), IncidentType.Fire, deaths: 5);

        // Directive tasks: one overdue (if the year has days left behind), one within term.
        var directive = await TaskTestData.DirectiveAsync(db);
        var assignments = new[]
        {
            await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(today.Year, 1, 1) < today ? today.AddDays(-1) : today),
            await TaskTestData.AssignmentAsync(db, directive, tgpl, new DateOnly(today.Year, 12, 31)),
        };
        foreach (var assignment in assignments)
        {
            // Given before the summary's (frozen) moment.
            assignment.CreatedAtUtc = now.AddDays(-30);
        }

        // Difficulties: one raised this year, one last year.
        db.Difficulties.AddRange(
            new Difficulty { UnitId = hctp, Title = "Chưa được cấp bình MT3 dự phòng", CreatedAtUtc = now.AddMinutes(-20) },
            new Difficulty { UnitId = tgpl, Title = "Vướng mắc của năm trước", CreatedAtUtc = VietnamTime.StartOfDayUtc(new DateOnly(today.Year, 1, 1)).AddMinutes(-1) });
        await db.SaveChangesAsync();

        EquipmentCheck Check(EquipmentItem of, bool passed, DateOnly? on = null) => new()
        {
            UnitId = of.UnitId,
            ItemId = of.Id,
            CheckedOn = on ?? today,
            CheckedAtUtc = on is { } day ? VietnamTime.StartOfDayUtc(day).AddHours(3) : now.AddMinutes(-1),
            InPlace = true,
            AccessClear = true,
            GaugeGreen = passed,
            PinAndSealIntact = true,
            NoDamage = true,
            LabelLegible = true,
            Passed = passed,
        };
    }
}

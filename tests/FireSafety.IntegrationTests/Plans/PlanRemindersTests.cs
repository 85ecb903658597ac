using FireSafety.Core.Notifications;
using FireSafety.Core.Plans;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Notifications;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Plans;

/// <summary>
/// The daily plan reminders on a real database with a fake clock: reviews overdue and due soon among
/// the plans in force, plans not drilled this year from October, once per unit and day, to the
/// unit's heads only, each linking to a list that shows exactly the plans it counts.
/// </summary>
public sealed class PlanRemindersTests() : FakeClockHost(LastMinuteOfSeptember)
{
    // 23:59 on 30 September 2026 in Hà Nội: the clock starts here (it only moves forward).
    private static readonly DateTimeOffset LastMinuteOfSeptember = new(2026, 9, 30, 16, 59, 0, TimeSpan.Zero);

    // 1 December 2026, 09:00 in Hà Nội.
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);


    private sealed record Arranged(int Unit, int ReviewOverdue, int ReviewDueSoon, int ReviewToday, int NotDrilled, int ReviewNextYear, int Draft, int Revised);

    /// <summary>HCTP's plans, each on one side of a boundary on 1 December 2026 (window 30 days).</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        await using var scope = Factory.Database();
        var db = scope.Db;
        await ReminderTestData.WithoutDemoPlansAsync(db);
        var unit = await PlanTestData.UnitIdAsync(db, "HCTP");
        var approved = new DateOnly(2025, 1, 10);

        async Task<ResponsePlan> PlanAsync(string title, DateOnly? review, DateOnly? drilledOn, DateOnly? approvedOn = null)
        {
            var plan = await PlanTestData.PlanAsync(db, unit, title, approvedOn: approvedOn ?? approved);
            plan.NextReviewOn = review;
            await db.SaveChangesAsync();
            if (drilledOn is { } held)
            {
                await PlanTestData.DrillAsync(db, plan, held);
            }

            return plan;
        }

        var reviewOverdue = await PlanAsync("Quá hạn rà soát hôm qua", new DateOnly(2026, 11, 30), new DateOnly(2026, 5, 1));
        var dueSoon = await PlanAsync("Rà soát ngày thứ 30", new DateOnly(2026, 12, 31), new DateOnly(2025, 11, 1));
        var today = await PlanAsync("Rà soát hôm nay", new DateOnly(2026, 12, 1), new DateOnly(2026, 1, 5));
        var notDrilled = await PlanAsync("Chưa diễn tập năm nay", null, null);
        var nextYear = await PlanAsync("Rà soát ngày thứ 31", new DateOnly(2027, 1, 1), new DateOnly(2026, 6, 1));
        var draft = await PlanTestData.PlanAsync(db, unit, "Bản nháp");
        draft.NextReviewOn = new DateOnly(2026, 11, 1);
        await db.SaveChangesAsync();

        // Revision 1 (overdue for review, drilled in March) was replaced by revision 2 in June: only revision 2 is in force.
        var series = Guid.NewGuid();
        var old = await PlanTestData.PlanAsync(db, unit, "Phương án đã sửa đổi", approvedOn: new DateOnly(2024, 1, 1), supersededOn: new DateOnly(2026, 6, 1), series: series, isCurrent: false);
        old.NextReviewOn = new DateOnly(2026, 1, 1);
        await db.SaveChangesAsync();
        await PlanTestData.DrillAsync(db, old, new DateOnly(2026, 3, 1));
        var revised = await PlanTestData.PlanAsync(db, unit, "Phương án đã sửa đổi", approvedOn: new DateOnly(2026, 6, 1), series: series, revision: 2);
        revised.NextReviewOn = new DateOnly(2028, 6, 1);
        await db.SaveChangesAsync();
        return new Arranged(unit, reviewOverdue.Id, dueSoon.Id, today.Id, notDrilled.Id, nextYear.Id, draft.Id, revised.Id);
    }

    [Fact]
    public async Task RemindsReviewsAndDrills_OncePerDay_ToTheUnitsHeads_WithLinksToExactlyTheCountedPlans()
    {
        var plans = await ArrangeAsync();
        Time.SetUtcNow(Morning);

        Assert.Equal(3, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var first = await RemindersOfAsync(DemoAccounts.UnitHead);
        Assert.Equal(
            [$"plan-not-drilled:{plans.Unit}:2026-12-01", $"plan-review-due-soon:{plans.Unit}:2026-12-01", $"plan-review-overdue:{plans.Unit}:2026-12-01"],
            first.Select(n => n.DedupKey));
        Assert.Equal(["2 phương án chữa cháy chưa tổ chức diễn tập năm nay", "2 phương án chữa cháy sắp đến hạn rà soát", "1 phương án chữa cháy quá hạn rà soát"], first.Select(n => n.Text));
        Assert.Equal([NotificationKind.DueSoon, NotificationKind.DueSoon, NotificationKind.Overdue], first.Select(n => n.Kind));
        Assert.All(first, n => Assert.Equal(EmailPreferences.Reminders, EmailPreferences.GroupOf(n.Kind)));
        Assert.Empty(await RemindersOfAsync(DemoAccounts.OtherUnitHead));

        // Each link shows the head exactly the plans its reminder counts.
        var client = new PageClient(Factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        Assert.Equal(new[] { plans.NotDrilled, plans.ReviewDueSoon }.Order(), await PlanIdsAsync(client, first[0].Url!));
        Assert.Equal(new[] { plans.ReviewDueSoon, plans.ReviewToday }.Order(), await PlanIdsAsync(client, first[1].Url!));
        Assert.Equal([plans.ReviewOverdue], await PlanIdsAsync(client, first[2].Url!));

        // The next day: today's review has passed, next year's enters the window.
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await RunAsync());
        client = new PageClient(Factory.CreateAppClient()); // the session of yesterday has expired
        await client.SignInAsync(DemoAccounts.UnitHead);
        var second = (await RemindersOfAsync(DemoAccounts.UnitHead)).Where(n => n.DedupKey.EndsWith(":2026-12-02", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2 phương án chữa cháy chưa tổ chức diễn tập năm nay", "2 phương án chữa cháy sắp đến hạn rà soát", "2 phương án chữa cháy quá hạn rà soát"], second.Select(n => n.Text));
        Assert.Equal(new[] { plans.ReviewDueSoon, plans.ReviewNextYear }.Order(), await PlanIdsAsync(client, second[1].Url!));
        Assert.Equal(new[] { plans.ReviewOverdue, plans.ReviewToday }.Order(), await PlanIdsAsync(client, second[2].Url!));
    }

    [Fact]
    public async Task NotDrilledThisYear_IsRemindedFromTheFirstOfOctober_UntilTheYearEnds()
    {
        int unit, plan;
        await using (var scope = Factory.Database())
        {
            await ReminderTestData.WithoutDemoPlansAsync(scope.Db);
            unit = await PlanTestData.UnitIdAsync(scope.Db, "HCTP");
            plan = (await PlanTestData.PlanAsync(scope.Db, unit, approvedOn: new DateOnly(2025, 3, 1))).Id;
        }

        Assert.Equal(0, await RunAsync()); // 23:59 on 30 September

        Time.Advance(TimeSpan.FromMinutes(1)); // 00:00 on 1 October
        Assert.Equal(1, await RunAsync());
        Assert.Equal([$"plan-not-drilled:{unit}:2026-10-01"], (await RemindersOfAsync(DemoAccounts.UnitHead)).Select(n => n.DedupKey));

        Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());

        // A new year: not before October again.
        Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync());

        // Drilled in 2027: nothing in October 2027.
        await using (var scope = Factory.Database())
        {
            await PlanTestData.DrillAsync(scope.Db, await scope.Db.ResponsePlans.SingleAsync(p => p.Id == plan), new DateOnly(2027, 4, 2));
        }

        Time.SetUtcNow(new DateTimeOffset(2027, 10, 1, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, (await RemindersOfAsync(DemoAccounts.UnitHead)).Count);
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEachReminderOnce()
    {
        await ArrangeAsync();
        Time.SetUtcNow(Morning);
        var counts = await Task.WhenAll(Task.Run(RunAsync), Task.Run(RunAsync));
        Assert.Equal(3, counts.Sum());
        Assert.Equal(3, (await RemindersOfAsync(DemoAccounts.UnitHead)).Count);
    }

    private static async Task<int[]> PlanIdsAsync(PageClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return [.. page.QuerySelectorAll("[data-testid=plan-row]").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order()];
    }

    private Task<int> RunAsync() => ReminderTestData.RunAsync<PlanReminders>(Factory);

    private async Task<List<Notification>> RemindersOfAsync(DemoAccounts.Account account) =>
        [.. (await ReminderTestData.NotificationsAsync(Factory, account, "plan-")).OrderBy(n => n.DedupKey, StringComparer.Ordinal)];
}

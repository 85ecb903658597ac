using FireSafety.Core.Inspections;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Notifications;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Inspections;

/// <summary>
/// The daily self-inspection reminder on a real database with a fake clock: the window before the
/// period's end, the missed period, once per unit and day (re-run, two at once), to the unit's
/// heads only, never for inactive units or before a rhythm starts.
/// </summary>
public sealed class InspectionRemindersTests() : FakeClockHost(FirstOfOctober)
{
    // 23 December 2026, 09:00 in Hà Nội: the day before the 7-day window of December's period.
    private static readonly DateTimeOffset DayBeforeWindow = new(2026, 12, 23, 2, 0, 0, TimeSpan.Zero);

    // 1 October 2026, 09:00 in Hà Nội: the clock starts here (it only moves forward).
    private static readonly DateTimeOffset FirstOfOctober = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);


    [Fact]
    public async Task DueSoonInTheWindow_OverdueAfterThePeriod_OncePerDay_ToTheUnitsHeadsOnly()
    {
        int hctp, tgpl;
        await using (var scope = Factory.Database())
        {
            hctp = await UnitIdAsync(scope, "HCTP");
            tgpl = await UnitIdAsync(scope, "TGPL");
            await ReminderTestData.RhythmAsync(scope.Db, hctp, 1);
            await ReminderTestData.InspectedAsync(scope.Db, hctp, new DateOnly(2026, 11, 10));
        }

        Time.SetUtcNow(DayBeforeWindow);

        // 23 December: HCTP inspected November and December ends in 8 days; TGPL never inspected.
        Assert.Equal(1, await RunAsync());
        Assert.Empty(await RemindersOfAsync(DemoAccounts.UnitHead));
        var tgplReminder = Assert.Single(await RemindersOfAsync(DemoAccounts.OtherUnitHead));
        Assert.Equal($"inspection-overdue:{tgpl}:2026-12-23", tgplReminder.DedupKey);
        Assert.Equal("Quá hạn tự kiểm tra PCCC định kỳ: kỳ kết thúc ngày 30/11/2026 chưa tự kiểm tra", tgplReminder.Text);
        Assert.Equal($"/Inspections/Plan/{tgpl}", tgplReminder.Url);

        // 24 December, first day of the window: due soon, once however often the piece runs.
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var dueSoon = Assert.Single(await RemindersOfAsync(DemoAccounts.UnitHead));
        Assert.Equal($"inspection-due-soon:{hctp}:2026-12-24", dueSoon.DedupKey);
        Assert.Equal(NotificationKind.DueSoon, dueSoon.Kind);
        Assert.Equal("Sắp đến hạn tự kiểm tra PCCC định kỳ: kỳ này chưa tự kiểm tra (hạn 31/12/2026)", dueSoon.Text);
        Assert.Equal($"/Inspections/Plan/{hctp}", dueSoon.Url);
        Assert.DoesNotContain(await RemindersOfAsync(DemoAccounts.OtherUnitHead), n => n.DedupKey.Contains($":{hctp}:", StringComparison.Ordinal));

        // The link shows the same state to the head.
        var client = new PageClient(Factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var page = await client.GetDocumentAsync(dueSoon.Url!);
        Assert.Equal(nameof(RhythmState.Due), page.QuerySelector("[data-testid=rhythm-state]")!.GetAttribute("data-state"));
        Assert.Equal("31/12/2026", page.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());

        // 31 December, last day of the period: reminded again (a new day).
        Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await RunAsync());
        Assert.Contains(await RemindersOfAsync(DemoAccounts.UnitHead), n => n.DedupKey == $"inspection-due-soon:{hctp}:2026-12-31");

        // 1 January: December was missed.
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await RunAsync());
        var overdue = (await RemindersOfAsync(DemoAccounts.UnitHead)).Single(n => n.DedupKey.EndsWith(":2027-01-01", StringComparison.Ordinal));
        Assert.Equal($"inspection-overdue:{hctp}:2027-01-01", overdue.DedupKey);
        Assert.Equal(NotificationKind.Overdue, overdue.Kind);
        Assert.Equal("Quá hạn tự kiểm tra PCCC định kỳ: kỳ kết thúc ngày 31/12/2026 chưa tự kiểm tra", overdue.Text);

        // Inspected on 2 January: nothing more for HCTP that month.
        await using (var scope = Factory.Database())
        {
            await ReminderTestData.InspectedAsync(scope.Db, hctp, new DateOnly(2027, 1, 2));
        }

        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RunAsync());
        Assert.DoesNotContain(await RemindersOfAsync(DemoAccounts.UnitHead), n => n.DedupKey.EndsWith(":2027-01-02", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuarterlyRhythm_FromItsWindow_AndAPeriodBoundary()
    {
        int hctp;
        await using (var scope = Factory.Database())
        {
            hctp = await UnitIdAsync(scope, "HCTP");
            await ReminderTestData.RhythmAsync(scope.Db, hctp, 3);
            await ReminderTestData.InspectedAsync(scope.Db, hctp, new DateOnly(2026, 9, 30)); // last day of quarter III
        }

        // 1 October: quarter IV begins, due by 31/12.
        await RunAsync();
        Assert.Empty(await RemindersOfAsync(DemoAccounts.UnitHead));

        Time.SetUtcNow(new DateTimeOffset(2026, 12, 24, 2, 0, 0, TimeSpan.Zero));
        await RunAsync();
        Assert.Equal([$"inspection-due-soon:{hctp}:2026-12-24"], (await RemindersOfAsync(DemoAccounts.UnitHead)).Select(n => n.DedupKey));
    }

    [Fact]
    public async Task InactiveUnits_AndRhythmsStartingLater_AreNeverReminded()
    {
        int hctp;
        await using (var scope = Factory.Database())
        {
            hctp = await UnitIdAsync(scope, "HCTP");
            await ReminderTestData.RhythmAsync(scope.Db, hctp, 1, startsOn: new DateOnly(2027, 1, 1));
            var tgpl = await scope.Db.Units.IgnoreQueryFilters().SingleAsync(u => u.Code == "TGPL");
            tgpl.IsActive = false;
            await scope.Db.SaveChangesAsync();
        }

        Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync());
        Assert.Empty(await RemindersOfAsync(DemoAccounts.UnitHead));
        Assert.Empty(await RemindersOfAsync(DemoAccounts.OtherUnitHead));

        // From its start the rhythm counts: January is due by its end.
        Time.SetUtcNow(new DateTimeOffset(2027, 1, 24, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal([$"inspection-due-soon:{hctp}:2027-01-24"], (await RemindersOfAsync(DemoAccounts.UnitHead)).Select(n => n.DedupKey));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEachReminderOnce()
    {
        int hctp;
        await using (var scope = Factory.Database())
        {
            hctp = await UnitIdAsync(scope, "HCTP");
            await ReminderTestData.RhythmAsync(scope.Db, hctp, 1);
            await ReminderTestData.InspectedAsync(scope.Db, hctp, new DateOnly(2026, 11, 10));
        }

        Time.SetUtcNow(DayBeforeWindow.AddDays(1));
        var counts = await Task.WhenAll(Task.Run(RunAsync), Task.Run(RunAsync), Task.Run(RunAsync));
        Assert.Equal(2, counts.Sum());
        Assert.Single(await RemindersOfAsync(DemoAccounts.UnitHead));
        Assert.Single(await RemindersOfAsync(DemoAccounts.OtherUnitHead));
    }

    private static Task<int> UnitIdAsync(AsyncServiceScopeDbContext scope, string code) =>
        scope.Db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();

    private Task<int> RunAsync() => ReminderTestData.RunAsync<InspectionReminders>(Factory);

    private Task<List<Notification>> RemindersOfAsync(DemoAccounts.Account account) => ReminderTestData.NotificationsAsync(Factory, account, "inspection-");
}

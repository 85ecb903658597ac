using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using FireSafety.Core.Plans;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Notifications;

/// <summary>Self-inspection rhythms and inspections for the reminder tests, and a way to keep the demo data's own reminders out of a test.</summary>
internal static class ReminderTestData
{
    /// <summary>Runs one piece of the daily job in its own scope, as the job does.</summary>
    public static async Task<int> RunAsync<TWork>(FireSafetyFactory factory)
        where TWork : IDailyWork
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetServices<IDailyWork>().OfType<TWork>().Single().RunAsync(CancellationToken.None);
    }

    /// <summary>The account's notifications whose dedup key starts with <paramref name="keyPrefix"/>, oldest first.</summary>
    public static async Task<List<Notification>> NotificationsAsync(FireSafetyFactory factory, DemoAccounts.Account account, string keyPrefix)
    {
        await using var scope = factory.Database();
        var userId = await scope.Db.Users.IgnoreQueryFilters().Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
        return await scope.Db.Notifications.Where(n => n.UserId == userId && n.DedupKey.StartsWith(keyPrefix)).OrderBy(n => n.Id).ToListAsync();
    }

    public static async Task RhythmAsync(FireSafetyDbContext db, int unitId, int months, DateOnly? startsOn = null)
    {
        var plan = await db.UnitInspectionPlans.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.UnitId == unitId);
        if (plan is null)
        {
            plan = new UnitInspectionPlan { UnitId = unitId };
            db.UnitInspectionPlans.Add(plan);
        }

        plan.IntervalMonths = months;
        plan.StartsOn = startsOn;
        await db.SaveChangesAsync();
    }

    /// <summary>A submitted self-inspection of the unit on that day.</summary>
    public static async Task InspectedAsync(FireSafetyDbContext db, int unitId, DateOnly on)
    {
        var at = on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        db.Inspections.Add(new Inspection
        {
            UnitId = unitId,
            FacilityId = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(),
            Inspectors = "Nguyễn Văn A, Trưởng phòng",
            TemplateId = await InspectionTestData.PublishedTemplateIdAsync(db),
            InspectedOn = on,
            Status = InspectionStatus.Submitted,
            StartedAtUtc = at,
            SubmittedAtUtc = at.AddHours(1),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// No self-inspection or plan reminder from the demo data: every active unit's rhythm starts in
    /// 2100 and the demo plans become drafts (not in force). For tests about other notifications
    /// that run the whole daily job and count everything a user gets.
    /// </summary>
    public static async Task NoInspectionOrPlanRemindersAsync(FireSafetyDbContext db)
    {
        foreach (var unitId in await db.Units.IgnoreQueryFilters().Where(u => u.IsActive).Select(u => u.Id).ToListAsync())
        {
            await RhythmAsync(db, unitId, 1, new DateOnly(2100, 1, 1));
        }

        await WithoutDemoPlansAsync(db);
    }

    /// <summary>The demo plans become drafts, so only a test's own plans are in force.</summary>
    public static Task WithoutDemoPlansAsync(FireSafetyDbContext db) =>
        db.ResponsePlans.IgnoreQueryFilters().ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Status, PlanStatus.Draft)
            .SetProperty(p => p.ApprovedOn, (DateOnly?)null)
            .SetProperty(p => p.SupersededOn, (DateOnly?)null));
}

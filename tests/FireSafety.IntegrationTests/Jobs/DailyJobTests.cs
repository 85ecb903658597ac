using FireSafety.Core.Directives;
using FireSafety.Core.Jobs;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Jobs;

/// <summary>
/// The daily job on a real database with a fake clock: it opens recurring periods and reminds unit
/// heads once, runs once per Vietnam day from its hour, once across two hosts, and survives failures.
/// </summary>
public sealed class DailyJobTests : IDisposable
{
    // 2026-12-01 07:00 in Hà Nội (UTC+7) = 00:00 UTC.
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FireSafetyFactory _factory;

    public DailyJobTests()
    {
        _factory = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) };
        _ = _factory.Server;
    }

    public void Dispose() => _factory.Dispose();

    private FakeTimeProvider Time => _factory.Time!;

    private DailyJob Job => _factory.Services.GetRequiredService<DailyJob>();

    [Fact]
    public async Task Reminds_DueSoonAndOverdue_OnceEach_AndLeavesSubmittedAlone()
    {
        int hctp, dueSoon, overdue, submitted, later;
        await using (var scope = _factory.Database())
        {
            var db = scope.Db;
            hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
            var directive = await TaskTestData.DirectiveAsync(db);
            dueSoon = (await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 12, 4))).Id;
            overdue = (await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 11, 30))).Id;
            submitted = (await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 11, 20),
                AssignmentState.Assigned(new DateOnly(2026, 11, 20)) with { Status = AssignmentStatus.Submitted, SubmittedAt = Morning.UtcDateTime })).Id;
            later = (await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 12, 5))).Id;
        }

        var first = await Job.RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(first);
        Assert.True(first.Succeeded, first.Outcome);

        var headId = await UserIdAsync(DemoAccounts.UnitHead.Email);
        var keys = await DedupKeysAsync(headId);
        Assert.Contains($"task-due-soon:{dueSoon}", keys);
        Assert.Contains($"task-overdue:{overdue}", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith($":{submitted}", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.EndsWith($":{later}", StringComparison.Ordinal));

        // The same day again: nothing (the day is done); the next day: only what became due soon.
        Assert.Null(await Job.RunIfDueAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(await Job.RunIfDueAsync(CancellationToken.None));
        var after = await DedupKeysAsync(headId);
        Assert.Equal(keys.Count + 1, after.Count);
        Assert.Contains($"task-due-soon:{later}", after);

        // Another unit's head heard nothing of HCTP's tasks.
        Assert.Empty(await DedupKeysAsync(await UserIdAsync(DemoAccounts.OtherUnitHead.Email)));
    }

    [Fact]
    public async Task DoesNotRun_BeforeItsHour_ThenRunsOncePerDay()
    {
        Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 22, 30, 0, TimeSpan.Zero)); // 05:30 on 2 December, local
        Assert.Null(await Job.RunIfDueAsync(CancellationToken.None));
        Assert.Null((await LeaseAsync())?.LastCompletedDay);

        Time.Advance(TimeSpan.FromMinutes(30)); // 06:00 local
        var run = await Job.RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(run);
        Assert.Equal(new DateOnly(2026, 12, 2), (await LeaseAsync())!.LastCompletedDay);
        Assert.Null(await Job.RunIfDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task OpensTheNewPeriodOfAMonthlyTask_WhenTheMonthTurns_AndNotifiesTheUnit()
    {
        int hctp, taskId;
        await using (var scope = _factory.Database())
        {
            var db = scope.Db;
            hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
            var directive = await TaskTestData.DirectiveAsync(db);
            var task = new DirectiveTask
            {
                DirectiveId = directive.Id,
                Text = "Tự kiểm tra PCCC hằng tháng",
                Categories = nameof(TaskCategory.SelfInspection),
                RhythmKind = RhythmKind.Monthly,
                RhythmDay = 25,
                StartsOn = new DateOnly(2026, 12, 1),
                Units = [new DirectiveTaskUnit { UnitId = hctp, IsLead = true }],
            };
            db.DirectiveTasks.Add(task);
            await db.SaveChangesAsync();
            taskId = task.Id;
            var result = await scope.Services.GetRequiredService<TaskAssigner>().AssignAsync(directive.Id, taskId);
            Assert.Equal(1, result.Created);
        }

        Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)); // 07:00, 1 January 2027 local
        var run = await Job.RunIfDueAsync(CancellationToken.None);
        Assert.True(run?.Succeeded, run?.Outcome);

        await using var check = _factory.Database();
        var periods = await check.Db.TaskAssignments.Where(a => a.TaskId == taskId).OrderBy(a => a.PeriodStart).Select(a => new { a.PeriodStart, a.DueOn, a.Id }).ToListAsync();
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)], periods.Select(p => p.PeriodStart));
        Assert.Equal(new DateOnly(2027, 1, 25), periods[1].DueOn);
        var keys = await DedupKeysAsync(await UserIdAsync(DemoAccounts.UnitHead.Email));
        Assert.Contains($"assigned:{periods[0].Id}", keys);
        Assert.Contains($"assigned:{periods[1].Id}", keys);
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_RunTheDayOnce()
    {
        await using (var scope = _factory.Database())
        {
            var db = scope.Db;
            var directive = await TaskTestData.DirectiveAsync(db);
            await TaskTestData.AssignmentAsync(db, directive, await TaskTestData.UnitIdAsync(db, "HCTP"), new DateOnly(2026, 11, 1));
        }

        using var second = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) }.With("Database:SqlitePath", _factory.DatabasePath);
        var secondJob = second.Services.GetRequiredService<DailyJob>();

        var runs = await Task.WhenAll(
            Task.Run(() => Job.RunIfDueAsync(CancellationToken.None)),
            Task.Run(() => secondJob.RunIfDueAsync(CancellationToken.None)));

        Assert.Single(runs, r => r is not null);
        Assert.Single(await DedupKeysAsync(await UserIdAsync(DemoAccounts.UnitHead.Email)));
    }

    [Fact]
    public async Task AFailingPiece_IsRecorded_TheOthersRun_TheHostKeepsServing_AndTheDayIsRetried()
    {
        using var failing = new FailingFactory(_factory.DatabasePath) { Time = new FakeTimeProvider(Morning) };
        var job = failing.Services.GetRequiredService<DailyJob>();

        var run = await job.RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(run);
        Assert.False(run.Succeeded);
        Assert.Contains("FAILED", run.Outcome, StringComparison.Ordinal);
        Assert.Contains("task reminders: 0", run.Outcome, StringComparison.Ordinal);

        var lease = await LeaseAsync();
        Assert.False(lease!.LastSucceeded);
        Assert.Null(lease.LastCompletedDay);
        Assert.Null(lease.Holder);

        using var client = failing.CreateAppClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);

        // Not done, so the next wake-up tries the day again.
        Assert.NotNull(await job.RunIfDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ALapsedLease_IsTakenOver_AHeldOneIsNot()
    {
        await using var scope = _factory.Database();
        var leases = scope.Services.GetRequiredService<JobLeases>();
        Assert.True(await leases.TryAcquireAsync("test", "crashed-instance", TimeSpan.FromMinutes(30)));
        Assert.False(await leases.TryAcquireAsync("test", "other", TimeSpan.FromMinutes(30)));
        Time.Advance(TimeSpan.FromMinutes(31));
        Assert.True(await leases.TryAcquireAsync("test", "other", TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public async Task TheHostedJob_LeavesTheStartToTheFirstRequests_ThenRunsOnItsOwn()
    {
        using var hosted = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) }.With("Jobs:Enabled", "true");
        await using var scope = hosted.Services.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var firstCheckAfter = new JobOptions().FirstCheckAfter;

        // Just short of its first check, the day's run has not begun (a run creates its lease row
        // first): a second of real time is plenty for a job that did not wait.
        hosted.Time!.Advance(firstCheckAfter - TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Null(await leases.FindAsync(DailyJob.Name));

        hosted.Time.Advance(TimeSpan.FromSeconds(1));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await leases.FindAsync(DailyJob.Name))?.LastCompletedDay is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(new DateOnly(2026, 12, 1), (await leases.FindAsync(DailyJob.Name))?.LastCompletedDay);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = _factory.Database();
        return await scope.Db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>
    /// The user's notifications but the self-inspection and plan reminders, which the demo units get
    /// every day (they have no inspections) and which have their own tests.
    /// </summary>
    private async Task<List<string>> DedupKeysAsync(string userId)
    {
        await using var scope = _factory.Database();
        return await scope.Db.Notifications
            .Where(n => n.UserId == userId && !n.DedupKey.StartsWith("inspection-") && !n.DedupKey.StartsWith("plan-"))
            .Select(n => n.DedupKey)
            .ToListAsync();
    }

    private async Task<JobLease?> LeaseAsync()
    {
        await using var scope = _factory.Database();
        return await scope.Services.GetRequiredService<JobLeases>().FindAsync(DailyJob.Name);
    }

    private sealed class FailingFactory : FireSafetyFactory
    {
        public FailingFactory(string databasePath) => With("Database:SqlitePath", databasePath);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IDailyWork, Throwing>());
        }
    }

    private sealed class Throwing : IDailyWork
    {
        public string Name => "throwing";

        public Task<int> RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("simulated failure");
    }
}

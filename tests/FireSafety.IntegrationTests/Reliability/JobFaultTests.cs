using FireSafety.Core.Jobs;
using FireSafety.Core.Reporting;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Jobs killed mid-run (the host shuts down at a chosen step: the fault hook cancels the job's
/// token and stops there), then a new host on the same database: the work is complete and not
/// duplicated: no half annual summary, each reminder exactly once.
/// </summary>
public sealed class JobFaultTests : IDisposable
{
    // 2026-12-01 07:00 in Hà Nội.
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _path;

    public JobFaultTests()
    {
        _path = TestDatabase.CopyTemplateToAsync(Path.Combine(TestDatabase.Root, Guid.NewGuid().ToString("N"))).GetAwaiter().GetResult();
    }

    public void Dispose() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    [Fact]
    public async Task AnnualSummary_KilledMidCompile_LeavesNoHalfReport_AndTheNextStartCompletesItOnce()
    {
        using (var killed = new Host(_path, Morning, kill: true))
        {
            await using (var scope = killed.Database())
            {
                await scope.Services.GetRequiredService<AnnualSummaries>().RequestAsync(2026, "vanphong@firesafety.local");
            }

            using var shutdown = new CancellationTokenSource();
            killed.Services.GetRequiredService<Kill>().Token = shutdown;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.Services.GetRequiredService<AnnualSummaryJob>().RunPendingAsync(shutdown.Token));
            Assert.True(killed.Services.GetRequiredService<Kill>().Fired);

            await using var check = killed.Database();
            Assert.False(await check.Db.AnnualSummaries.AnyAsync(), "a killed compile must leave no summary behind");
            Assert.NotEqual(SummaryRunOutcome.Succeeded, (await check.Db.SummaryRuns.SingleAsync()).Outcome);
        }

        // The next start, after the run's lease went stale.
        using var restarted = new Host(_path, Morning.AddMinutes(11), kill: false);
        var job = restarted.Services.GetRequiredService<AnnualSummaryJob>();
        Assert.Equal(1, await job.RunPendingAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunPendingAsync(CancellationToken.None));

        await using var after = restarted.Database();
        Assert.Equal(SummaryRunOutcome.Succeeded, (await after.Db.SummaryRuns.SingleAsync()).Outcome);
        var summary = await after.Db.AnnualSummaries.SingleAsync();
        Assert.Equal(2026, summary.Year);
        Assert.NotNull(SummarySnapshot.Deserialize(summary.FiguresJson));
    }

    [Fact]
    public async Task Reminders_KilledMidRun_AreSentExactlyOnce_AfterTheRestart()
    {
        int dueSoon, overdue;
        using (var killed = new Host(_path, Morning, kill: true))
        {
            await using (var scope = killed.Database())
            {
                var hctp = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
                var directive = await TaskTestData.DirectiveAsync(scope.Db);
                dueSoon = (await TaskTestData.AssignmentAsync(scope.Db, directive, hctp, new DateOnly(2026, 12, 4))).Id;
                overdue = (await TaskTestData.AssignmentAsync(scope.Db, directive, hctp, new DateOnly(2026, 11, 30))).Id;
            }

            using var shutdown = new CancellationTokenSource();
            killed.Services.GetRequiredService<Kill>().Token = shutdown;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.Services.GetRequiredService<DailyJob>().RunIfDueAsync(shutdown.Token));
            Assert.True(killed.Services.GetRequiredService<Kill>().Fired);

            // The reminders before the kill were written; the day is not marked done.
            Assert.Equal(1, await CountAsync(killed, $"task-due-soon:{dueSoon}"));
            await using var check = killed.Database();
            Assert.Null((await check.Services.GetRequiredService<JobLeases>().FindAsync(DailyJob.Name))?.LastCompletedDay);
        }

        // The next start, once the dead instance's lease lapsed: the day is done, nothing twice.
        using var restarted = new Host(_path, Morning.AddMinutes(31), kill: false);
        var job = restarted.Services.GetRequiredService<DailyJob>();
        var run = await job.RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(run);
        Assert.True(run.Succeeded, run.Outcome);
        Assert.Null(await job.RunIfDueAsync(CancellationToken.None));

        Assert.Equal(1, await CountAsync(restarted, $"task-due-soon:{dueSoon}"));
        Assert.Equal(1, await CountAsync(restarted, $"task-overdue:{overdue}"));
    }

    private static async Task<int> CountAsync(FireSafetyFactory host, string dedupKey)
    {
        await using var scope = host.Database();
        return await scope.Db.Notifications.IgnoreQueryFilters().CountAsync(n => n.DedupKey == dedupKey);
    }

    /// <summary>The fault hook: when reached, cancels the job's token (as a shutdown would) and stops there.</summary>
    public sealed class Kill
    {
        public CancellationTokenSource? Token { get; set; }

        public bool Fired { get; private set; }

        public void Now()
        {
            Fired = true;
            Token?.Cancel();
            Token?.Token.ThrowIfCancellationRequested();
            throw new OperationCanceledException("killed");
        }
    }

    /// <summary>A summary section half-way through the compile (after the first sections) that kills the host.</summary>
    private sealed class KillingSection(Kill kill) : ISummarySection
    {
        public int Order => 50;

        public Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
        {
            kill.Now();
            return Task.FromResult<SectionResult>(null!);
        }
    }

    /// <summary>A daily piece after the task reminders that kills the host.</summary>
    private sealed class KillingWork(Kill kill) : IDailyWork
    {
        public string Name => "kill";

        public int Order => int.MaxValue;

        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            kill.Now();
            return Task.FromResult(0);
        }
    }

    private sealed class Host : FireSafetyFactory
    {
        private readonly bool _kill;

        public Host(string path, DateTimeOffset now, bool kill)
        {
            _kill = kill;
            Time = new FakeTimeProvider(now);
            With("Database:SqlitePath", path);
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<Kill>();
                if (_kill)
                {
                    services.AddScoped<ISummarySection, KillingSection>();
                    services.AddScoped<IDailyWork, KillingWork>();
                }
            });
        }
    }
}

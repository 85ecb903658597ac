using FireSafety.Core.Directives;
using FireSafety.Core.Reporting;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Reporting;

/// <summary>
/// The annual summary's compiler and job on a real database with a fake clock: figures equal the
/// hand-counted records, the narrative survives recompiling, a frozen summary does not change, the
/// job compiles on its day and on request, once across two hosts, and survives failures and crashes.
/// </summary>
public sealed class AnnualSummaryJobTests : IDisposable
{
    // 2026-11-30 09:00 in Hà Nội.
    private static readonly DateTimeOffset DayBefore = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private readonly FireSafetyFactory _factory;

    public AnnualSummaryJobTests()
    {
        _factory = new FireSafetyFactory { Time = new FakeTimeProvider(DayBefore) };
        _ = _factory.Server;
    }

    public void Dispose() => _factory.Dispose();

    private FakeTimeProvider Time => _factory.Time!;

    private AnnualSummaryJob Job => _factory.Services.GetRequiredService<AnnualSummaryJob>();

    [Fact]
    public async Task Figures_EqualTheHandCountedAssignments_InTotalAndPerUnit()
    {
        int hctp, tgpl;
        await using (var scope = _factory.Database())
        {
            var db = scope.Db;
            hctp = await TaskTestData.UnitIdAsync(db, "HCTP");
            tgpl = await TaskTestData.UnitIdAsync(db, "TGPL");
            var directive = await TaskTestData.DirectiveAsync(db);
            var accepted = (DateOnly due, DateTime submitted) => AssignmentState.Assigned(due) with
            {
                Status = AssignmentStatus.Accepted,
                SubmittedAt = submitted,
                AcceptedAt = submitted.AddDays(1),
            };
            await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 6, 30), accepted(new DateOnly(2026, 6, 30), new DateTime(2026, 6, 20, 3, 0, 0, DateTimeKind.Utc))); // on time
            await TaskTestData.AssignmentAsync(db, directive, hctp, new DateOnly(2026, 3, 31), accepted(new DateOnly(2026, 3, 31), new DateTime(2026, 4, 10, 3, 0, 0, DateTimeKind.Utc))); // late
            await TaskTestData.AssignmentAsync(db, directive, tgpl, new DateOnly(2026, 10, 31)); // overdue
            await TaskTestData.AssignmentAsync(db, directive, tgpl, new DateOnly(2026, 12, 15)); // within term
            await TaskTestData.AssignmentAsync(db, directive, tgpl, new DateOnly(2027, 1, 15)); // next year: not counted
        }

        var figures = await CompileAsync(2026);

        Assert.Equal(4, figures.Find(DirectiveTasksSection.Key, "assigned")!.Value);
        Assert.Equal(1, figures.Find(DirectiveTasksSection.Key, "done-on-time")!.Value);
        Assert.Equal(1, figures.Find(DirectiveTasksSection.Key, "done-late")!.Value);
        Assert.Equal(1, figures.Find(DirectiveTasksSection.Key, "within-term")!.Value);
        Assert.Equal(1, figures.Find(DirectiveTasksSection.Key, "overdue")!.Value);
        Assert.Equal("/Tasks?dueFrom=01/01/2026&dueTo=31/12/2026&status=Overdue", figures.Find(DirectiveTasksSection.Key, "overdue")!.Link);
        var hctpRow = figures.Appendix.Single(r => r.UnitId == hctp);
        var tgplRow = figures.Appendix.Single(r => r.UnitId == tgpl);
        Assert.Equal(1, hctpRow.Values["tasks-done-on-time"]);
        Assert.Equal(1, hctpRow.Values["tasks-done-late"]);
        Assert.Equal(2, tgplRow.Values["tasks-open"]);
        Assert.Equal(1, tgplRow.Values["tasks-overdue"]);
        Assert.DoesNotContain(figures.Appendix, r => r.UnitName == "Sở Tư pháp");

        await using var check = _factory.Database();
        Assert.Equal(await check.Db.Facilities.CountAsync(f => f.IsActive), figures.Find(SituationSection.Key, "facilities")!.Value);
    }

    [Fact]
    public async Task Recompiling_KeepsTheNarrative_AndAFrozenSummaryDoesNotChange()
    {
        await CompileAsync(2026);
        await using (var scope = _factory.Database())
        {
            var draft = await scope.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026);
            draft.Assessment = "Các đơn vị đã thực hiện nghiêm túc.";
            await scope.Db.SaveChangesAsync();
        }

        await using (var scope = _factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), new DateOnly(2026, 12, 20));
        }

        var recompiled = await CompileAsync(2026);
        Assert.Equal(1, recompiled.Find(DirectiveTasksSection.Key, "assigned")!.Value);
        await using (var scope = _factory.Database())
        {
            var draft = await scope.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026);
            Assert.Equal("Các đơn vị đã thực hiện nghiêm túc.", draft.Assessment);
            Assert.Null(SummaryWorkflow.Submit(draft, "vanphong", Time.GetUtcNow().UtcDateTime));
            Assert.Null(SummaryWorkflow.Approve(draft, "lanhdao", Time.GetUtcNow().UtcDateTime));
            await scope.Db.SaveChangesAsync();
        }

        string frozen;
        await using (var scope = _factory.Database())
        {
            frozen = (await scope.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026)).FiguresJson!;
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), new DateOnly(2026, 12, 21));
        }

        await RequestAndRunAsync(2026);
        await using var after = _factory.Database();
        var approved = await after.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026);
        Assert.Equal(frozen, approved.FiguresJson);
        Assert.True(SummaryWorkflow.IsIntact(approved));
        var run = await after.Db.SummaryRuns.OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(SummaryRunOutcome.Succeeded, run.Outcome);
        Assert.Contains("không thay đổi", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompilesOnTheConfiguredDay_AndNotBefore_Once()
    {
        Assert.Equal(0, await Job.RunPendingAsync(CancellationToken.None));
        Assert.Equal(0, await RunCountAsync());

        Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)); // 00:00, 1 December, local
        Assert.Equal(1, await Job.RunPendingAsync(CancellationToken.None));
        Assert.Equal(0, await Job.RunPendingAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await Job.RunPendingAsync(CancellationToken.None));

        await using var scope = _factory.Database();
        var run = await scope.Db.SummaryRuns.SingleAsync();
        Assert.Equal((2026, AnnualSummaryJob.Calendar, SummaryRunOutcome.Succeeded, 100), (run.Year, run.RequestedBy, run.Outcome, run.Percent));
        Assert.NotNull((await scope.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026)).FiguresJson);
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_CompileARequestOnce()
    {
        await RequestAsync(2026);
        using var second = new FireSafetyFactory { Time = new FakeTimeProvider(DayBefore) }.With("Database:SqlitePath", _factory.DatabasePath);
        var secondJob = second.Services.GetRequiredService<AnnualSummaryJob>();

        var done = await Task.WhenAll(
            Task.Run(() => Job.RunPendingAsync(CancellationToken.None)),
            Task.Run(() => secondJob.RunPendingAsync(CancellationToken.None)));

        Assert.Equal(1, done.Sum());
        await using var scope = _factory.Database();
        Assert.Equal(SummaryRunOutcome.Succeeded, (await scope.Db.SummaryRuns.SingleAsync()).Outcome);
        Assert.Single(await scope.Db.AnnualSummaries.Where(s => s.Year == 2026).ToListAsync());
    }

    [Fact]
    public async Task ACompileThatThrows_IsMarkedFailed_TheHostKeepsServing_AndTheDraftIsUntouched()
    {
        using var failing = new ThrowingSectionFactory(_factory.DatabasePath) { Time = new FakeTimeProvider(DayBefore) };
        await using (var scope = failing.Database())
        {
            await scope.Services.GetRequiredService<AnnualSummaries>().RequestAsync(2026, "test");
        }

        Assert.Equal(0, await failing.Services.GetRequiredService<AnnualSummaryJob>().RunPendingAsync(CancellationToken.None));

        await using (var scope = _factory.Database())
        {
            var run = await scope.Db.SummaryRuns.SingleAsync();
            Assert.Equal(SummaryRunOutcome.Failed, run.Outcome);
            Assert.Contains("simulated", run.Message, StringComparison.Ordinal);
            Assert.False(await scope.Db.AnnualSummaries.AnyAsync());
        }

        using var client = failing.CreateAppClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ARunLeftRunningByACrash_IsCompletedOnTheNextStart()
    {
        await using (var scope = _factory.Database())
        {
            scope.Db.SummaryRuns.Add(new SummaryRun
            {
                Year = 2026,
                RequestedAtUtc = DayBefore.UtcDateTime.AddMinutes(-20),
                StartedAtUtc = DayBefore.UtcDateTime.AddMinutes(-19),
                Outcome = SummaryRunOutcome.Running,
                Percent = 40,
                Message = "đang chạy",
            });
            await scope.Db.SaveChangesAsync();
        }

        Assert.Equal(1, await Job.RunPendingAsync(CancellationToken.None));

        await using var check = _factory.Database();
        Assert.Equal(SummaryRunOutcome.Succeeded, (await check.Db.SummaryRuns.SingleAsync()).Outcome);
        Assert.NotNull((await check.Db.AnnualSummaries.SingleAsync()).FiguresJson);
    }

    private async Task<SummaryFigures> CompileAsync(int year)
    {
        await RequestAndRunAsync(year);
        await using var scope = _factory.Database();
        var summary = await scope.Db.AnnualSummaries.Where(s => s.Year == year).OrderByDescending(s => s.Revision).FirstAsync();
        return SummarySnapshot.Deserialize(summary.FiguresJson)!;
    }

    private async Task RequestAndRunAsync(int year)
    {
        await RequestAsync(year);
        Assert.Equal(1, await Job.RunPendingAsync(CancellationToken.None));
    }

    private async Task RequestAsync(int year)
    {
        await using var scope = _factory.Database();
        await scope.Services.GetRequiredService<AnnualSummaries>().RequestAsync(year, "vanphong@firesafety.local");
    }

    private async Task<int> RunCountAsync()
    {
        await using var scope = _factory.Database();
        return await scope.Db.SummaryRuns.CountAsync();
    }

    private sealed class ThrowingSectionFactory : FireSafetyFactory
    {
        public ThrowingSectionFactory(string databasePath) => With("Database:SqlitePath", databasePath);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<ISummarySection, Throwing>());
        }
    }

    private sealed class Throwing : ISummarySection
    {
        public int Order => 50;

        public Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("simulated failure");
    }
}

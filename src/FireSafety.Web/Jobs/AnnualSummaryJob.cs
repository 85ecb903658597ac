using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Jobs;
using FireSafety.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Jobs;

/// <summary>Settings of the annual summary job (section "AnnualSummary").</summary>
public sealed class AnnualSummaryOptions
{
    public const string Section = "AnnualSummary";

    /// <summary>Month and day ("MM-dd", Vietnam time) on which the current year's summary compiles by itself.</summary>
    public string CompileOn { get; set; } = "12-01";

    /// <summary>How often the job looks for requested compiles (the page's progress bar waits on it).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a compile may hold the lease; a run left "running" longer is taken over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    public (int Month, int Day) CompileOnDate =>
        DateOnly.TryParseExact($"2000-{CompileOn}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Month, date.Day)
            : throw new InvalidOperationException($"AnnualSummary:CompileOn must be MM-dd, not \"{CompileOn}\".");
}

/// <summary>
/// Compiles annual summaries in the background: the current year's on the configured day, and any
/// compile the office requested (stored as a <see cref="SummaryRun"/>, so any instance picks it up).
/// One instance at a time (lease "annual-summary"); a run left half-done by a crash is redone at the
/// next start (the figures are written in one transaction at the end); a failure is recorded on the
/// run and logged, and the site keeps serving.
/// </summary>
public sealed partial class AnnualSummaryJob(IServiceScopeFactory scopes, TimeProvider time, AnnualSummaryOptions options, JobOptions jobs, ILogger<AnnualSummaryJob> logger)
    : BackgroundService
{
    public const string Name = "annual-summary";

    /// <summary>The calendar's name on the runs it requests.</summary>
    public const string Calendar = "lịch";

    private readonly string _holder = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>One pass: request the calendar's compile if due, then do every waiting run. Returns how many runs it did.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        await RequestOnCalendarDayAsync(cancellationToken);
        var done = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            var summaries = scope.ServiceProvider.GetRequiredService<AnnualSummaries>();
            if (await summaries.NextAsync(options.LeaseDuration, cancellationToken) is not { } run
                || !await leases.TryAcquireAsync(Name, _holder, options.LeaseDuration, cancellationToken))
            {
                return done;
            }

            var started = time.GetUtcNow().UtcDateTime;
            var succeeded = true;
            try
            {
                // Another instance may have done it between our look and our lease.
                if (await summaries.NextAsync(options.LeaseDuration, cancellationToken) is { } still && still.Id == run.Id)
                {
                    await summaries.RunAsync(run.Id, cancellationToken);
                    done++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                succeeded = false;
                LogFailure(ex, run.Year, run.Id);
            }
            finally
            {
                var record = new JobRunRecord(started, time.GetUtcNow().UtcDateTime, succeeded, string.Create(CultureInfo.InvariantCulture, $"run {run.Id} ({run.Year})"), null);
                await leases.ReleaseAsync(Name, _holder, record, CancellationToken.None);
            }

            if (!succeeded)
            {
                return done;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.CheckEvery, time);
        do
        {
            try
            {
                await RunPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogUnavailable(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>On the configured day, one calendar run for the current year (whoever gets there first; the check is by day).</summary>
    private async Task RequestOnCalendarDayAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var (month, day) = options.CompileOnDate;
        if (today.Month != month || today.Day != day)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        const string calendarLease = Name + ":calendar";
        if ((await leases.FindAsync(calendarLease, cancellationToken))?.LastCompletedDay >= today
            || !await leases.TryAcquireAsync(calendarLease, _holder, TimeSpan.FromMinutes(1), cancellationToken))
        {
            return;
        }

        var started = time.GetUtcNow().UtcDateTime;
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.FireSafetyDbContext>();
        var already = await db.SummaryRuns.AnyAsync(r => r.Year == today.Year && r.RequestedBy == Calendar && r.RequestedAtUtc >= VietnamTime.StartOfDayUtc(today), cancellationToken);
        if (!already)
        {
            await scope.ServiceProvider.GetRequiredService<AnnualSummaries>().RequestAsync(today.Year, Calendar, cancellationToken);
        }

        await leases.ReleaseAsync(calendarLease, _holder, new JobRunRecord(started, time.GetUtcNow().UtcDateTime, true, "requested", today), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Annual summary compile of {Year} (run {RunId}) failed; recorded on the run")]
    private partial void LogFailure(Exception exception, int year, int runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Annual summary job could not look for work; retrying at the next wake-up")]
    private partial void LogUnavailable(Exception exception);
}

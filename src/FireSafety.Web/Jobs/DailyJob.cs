using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Jobs;

namespace FireSafety.Web.Jobs;

/// <summary>Settings of the background jobs (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests that do not exercise the jobs, so they do not run behind a test's back.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Vietnam local time of day from which the daily work runs ("06:00").</summary>
    public TimeOnly DailyRunAt { get; set; } = new(6, 0);

    /// <summary>
    /// How long after the host starts the job first looks: its first run compiles a dozen queries,
    /// which would otherwise compete with the first requests for the CPU (fresh start, issue 9).
    /// </summary>
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the job wakes to see whether the day's work is due.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a run may hold the lease before another instance may take over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>
/// The daily job: once per Vietnam day, from <see cref="JobOptions.DailyRunAt"/>, runs every
/// registered <see cref="IDailyWork"/> (open recurring task periods, reminders ...). A lease row
/// makes one instance run it at a time; the day counts as done only when every piece succeeded, so
/// a crash or failure is retried at the next wake-up; each piece is idempotent. A failure is logged
/// and recorded on the lease row and never stops the host.
/// </summary>
public sealed partial class DailyJob(IServiceScopeFactory scopes, TimeProvider time, JobOptions options, ILogger<DailyJob> logger) : BackgroundService
{
    public const string Name = "daily";

    private readonly string _holder = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>Runs the day's work if it is due and not done; returns what happened (null when nothing was due).</summary>
    public async Task<JobRunRecord?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow().UtcDateTime;
        var local = VietnamTime.ToLocal(started);
        var today = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) < options.DailyRunAt)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if ((await leases.FindAsync(Name, cancellationToken))?.LastCompletedDay >= today
            || !await leases.TryAcquireAsync(Name, _holder, options.LeaseDuration, cancellationToken))
        {
            return null;
        }

        var outcomes = new List<string>();
        var succeeded = true;
        try
        {
            // Another instance may have finished the day between our look and our lease.
            if ((await leases.FindAsync(Name, cancellationToken))?.LastCompletedDay >= today)
            {
                await leases.ReleaseAsync(Name, _holder, new JobRunRecord(started, started, true, "already done", today), cancellationToken);
                return null;
            }

            foreach (var workType in WorkTypes(scope.ServiceProvider))
            {
                succeeded &= await RunPieceAsync(workType, outcomes, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }

        var record = new JobRunRecord(started, time.GetUtcNow().UtcDateTime, succeeded, string.Join("; ", outcomes), succeeded ? today : null);
        await leases.ReleaseAsync(Name, _holder, record, CancellationToken.None);
        LogRun(record.Succeeded, record.Outcome);
        return record;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        await Task.Delay(options.FirstCheckAfter, time, stoppingToken);
        using var timer = new PeriodicTimer(options.CheckEvery, time);
        do
        {
            try
            {
                await RunIfDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unavailable; the next wake-up tries again.
                LogFailure(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static List<Type> WorkTypes(IServiceProvider services) =>
        [.. services.GetServices<IDailyWork>().OrderBy(w => w.Order).Select(w => w.GetType())];

    /// <summary>Each piece in its own scope (own context), so one failure cannot poison the next.</summary>
    private async Task<bool> RunPieceAsync(Type workType, List<string> outcomes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var work = scope.ServiceProvider.GetServices<IDailyWork>().First(w => w.GetType() == workType);
        try
        {
            var count = await work.RunAsync(cancellationToken);
            outcomes.Add(string.Create(CultureInfo.InvariantCulture, $"{work.Name}: {count}"));
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPieceFailure(ex, work.Name);
            outcomes.Add($"{work.Name}: FAILED {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily job ran (succeeded: {Succeeded}): {Outcome}")]
    private partial void LogRun(bool succeeded, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily job: {Work} failed")]
    private partial void LogPieceFailure(Exception exception, string work);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily job could not run; retrying at the next wake-up")]
    private partial void LogFailure(Exception exception);
}

using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Jobs;

/// <summary>
/// A lease row per job: taking it is one conditional UPDATE, so of two instances racing for the same
/// job exactly one wins, on SQLite and SQL Server alike; a holder that dies loses it when it expires.
/// </summary>
public sealed class JobLeases(FireSafetyDbContext db, TimeProvider time)
{
    /// <summary>Takes the lease for <paramref name="duration"/> if it is free, lapsed or already ours.</summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await EnsureRowAsync(job, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == null || l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, expires), cancellationToken);
        return taken == 1;
    }

    /// <summary>Gives the lease back and records the run's outcome.</summary>
    public async Task ReleaseAsync(string job, string holder, JobRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcome = run.Outcome.Length > 500 ? run.Outcome[..500] : run.Outcome;
        await db.JobLeases
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(
                s => s.SetProperty(l => l.Holder, (string?)null)
                    .SetProperty(l => l.LastStartedAtUtc, run.StartedAtUtc)
                    .SetProperty(l => l.LastEndedAtUtc, run.EndedAtUtc)
                    .SetProperty(l => l.LastSucceeded, run.Succeeded)
                    .SetProperty(l => l.LastOutcome, outcome)
                    .SetProperty(l => l.LastCompletedDay, l => run.CompletedDay ?? l.LastCompletedDay),
                cancellationToken);
    }

    public Task<JobLease?> FindAsync(string job, CancellationToken cancellationToken = default) =>
        db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == job, cancellationToken);

    private async Task EnsureRowAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return;
        }

        db.JobLeases.Add(new JobLease { Name = job, ExpiresAtUtc = DateTime.MinValue });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first; the conditional update decides who runs.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>How one run went; <see cref="CompletedDay"/> is set only when the day's work is done.</summary>
public sealed record JobRunRecord(DateTime StartedAtUtc, DateTime EndedAtUtc, bool Succeeded, string Outcome, DateOnly? CompletedDay);

namespace FireSafety.Core.Jobs;

/// <summary>
/// One piece of the daily job (open the new periods of recurring tasks, remind people of what is due
/// and overdue ...). Each runs in its own scope as the system user, must be idempotent — it may run
/// again the same day after a crash or on another instance — and returns how many things it did.
/// </summary>
public interface IDailyWork
{
    /// <summary>A short English name for the log and the run record.</summary>
    string Name { get; }

    /// <summary>Pieces run in ascending order; what reads the others' output (the e-mail digest) runs last.</summary>
    int Order => 0;

    Task<int> RunAsync(CancellationToken cancellationToken);
}

namespace FireSafety.Core.Jobs;

/// <summary>
/// One row per background job: who holds it now (so two app instances on one database never run the
/// same job at once) and how its last run went (shown to administrators, read by the job to run once a day).
/// </summary>
public sealed class JobLease
{
    /// <summary>The job's name, e.g. "daily".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The instance holding the lease, or null when free.</summary>
    public string? Holder { get; set; }

    /// <summary>When the lease lapses if its holder dies without releasing it.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The last Vietnam local day whose run completed.</summary>
    public DateOnly? LastCompletedDay { get; set; }

    public DateTime? LastStartedAtUtc { get; set; }

    public DateTime? LastEndedAtUtc { get; set; }

    public bool? LastSucceeded { get; set; }

    /// <summary>A one-line summary of the last run ("12 notifications") or its error message.</summary>
    public string? LastOutcome { get; set; }
}

using FireSafety.Core.Jobs;

namespace FireSafety.Core.Directives;

/// <summary>Daily: creates the assignments of recurring tasks whose new period has opened.</summary>
public sealed class RhythmPeriodOpener(TaskAssigner assigner) : IDailyWork
{
    public string Name => "open task periods";

    public Task<int> RunAsync(CancellationToken cancellationToken) => assigner.OpenDuePeriodsAsync(cancellationToken);
}

using FireSafety.Core.Jobs;

namespace FireSafety.Core.Actions;

/// <summary>The daily job's part for corrective actions: <see cref="CorrectiveActions.QueueRemindersAsync(CancellationToken)"/>.</summary>
public sealed class ActionReminders(CorrectiveActions actions) : IDailyWork
{
    public string Name => "corrective action reminders";

    public Task<int> RunAsync(CancellationToken cancellationToken) => actions.QueueRemindersAsync(cancellationToken);
}

using System.Data.Common;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Makes two requests race for real: once armed, the first two database transactions to start
/// wait for each other, so both requests have read the same state before either writes — a double
/// click, made deterministic. Unarmed it does nothing.
/// </summary>
public sealed class MeetingPoint : DbTransactionInterceptor
{
    private TaskCompletionSource? _met;
    private int _arrived;

    public void Arm()
    {
        _arrived = 0;
        _met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        var met = _met;
        if (met is not null)
        {
            var arrived = Interlocked.Increment(ref _arrived);
            if (arrived == 2)
            {
                _met = null;
                met.TrySetResult();
            }

            if (arrived <= 2)
            {
                // Never hangs a test: a request that waits alone fails after ten seconds.
                await met.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }
        }

        return result;
    }
}

/// <summary>The app with a <see cref="MeetingPoint"/> in every context.</summary>
public sealed class MeetingPointFactory : FireSafetyFactory
{
    public MeetingPoint Meeting { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Meeting));
    }
}

using FireSafety.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Notifications;

/// <summary>
/// A test class's own host and database with a fake clock that starts at <paramref name="start"/>
/// (it only moves forward), for the daily reminders' tests.
/// </summary>
public abstract class FakeClockHost(DateTimeOffset start) : IDisposable
{
    protected FireSafetyFactory Factory { get; } = StartHost(start);

    protected FakeTimeProvider Time => Factory.Time!;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Factory.Dispose();
        }
    }

    private static FireSafetyFactory StartHost(DateTimeOffset start)
    {
        var factory = new FireSafetyFactory { Time = new FakeTimeProvider(start) };
        _ = factory.Server;
        return factory;
    }
}

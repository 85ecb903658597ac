using System.Net;
using FireSafety.TestSupport;
using Microsoft.Data.Sqlite;

namespace FireSafety.IntegrationTests.Operations;

public sealed class HealthTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Live_And_Ready_Answer200_WithoutSignIn()
    {
        var client = factory.CreateAppClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}

/// <summary>Breaks its database file, so it has a host of its own.</summary>
public sealed class BrokenDatabaseHealthTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Ready_Answers503_WhenTheDatabaseFileIsUnreadable_AndLogsWhy_WhileLiveStays200()
    {
        var client = factory.CreateAppClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(factory.DatabasePath, "this is not a database, it is a broken disk");

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(await LogContainsAsync("Database is not ready"), "the reason is logged");
    }

    private async Task<bool> LogContainsAsync(string text)
    {
        var logs = Path.Combine(factory.Directory, "logs");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(logs))
            {
                foreach (var file in Directory.GetFiles(logs))
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    using var reader = new StreamReader(stream);
                    if ((await reader.ReadToEndAsync()).Contains(text, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            await Task.Delay(100);
        }

        return false;
    }
}

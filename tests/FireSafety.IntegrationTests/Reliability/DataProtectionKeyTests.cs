using System.Net;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Data Protection keys live in the database: a sign-in cookie issued by one host works on a second
/// host on the same database and after a restart; on a copy of the database without the keys it
/// does not (so the keys are not coming from anywhere else, such as the user profile folder).
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task ACookieIssuedByOneHost_WorksOnASecondHost_AndAfterARestart_OnlyThroughTheDatabaseKeys()
    {
        var folder = Path.Combine(TestDatabase.Root, Guid.NewGuid().ToString("N"));
        var path = await TestDatabase.CopyTemplateToAsync(folder);
        var cookies = new System.Net.CookieContainer();
        using (var first = new OnDatabase(path))
        {
            var issuer = new PageClient(Client(first, cookies));
            await issuer.SignInAsync(DemoAccounts.Office);
            Assert.Equal(HttpStatusCode.OK, (await issuer.Http.GetAsync("/")).StatusCode);

            using var second = new OnDatabase(path);
            Assert.Equal(HttpStatusCode.OK, (await Client(second, cookies).GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            await using var scope = first.Database();
            Assert.True(await scope.Db.DataProtectionKeys.AnyAsync());
        }

        // A restart: both hosts stopped; a new one (empty key ring cache) on the same file.
        using (var restarted = new OnDatabase(path))
        {
            Assert.Equal(HttpStatusCode.OK, (await Client(restarted, cookies).GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

            // The same database without its keys: the cookie no longer opens anything.
            var copy = Path.Combine(restarted.Directory, "nokeys.db");
            await using (var scope = restarted.Database())
            {
                await scope.Db.Database.ExecuteSqlAsync($"VACUUM INTO {copy}");
            }

            using var withoutKeys = new OnDatabase(copy, clearKeys: true);
            var refused = await Client(withoutKeys, cookies).GetAsync(new Uri("/", UriKind.Relative));
            Assert.Contains("/Account/Login", refused.RedirectTarget(), StringComparison.Ordinal);
        }
    }

    private static HttpClient Client(FireSafetyFactory factory, System.Net.CookieContainer cookies) =>
        factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

    private sealed class OnDatabase : FireSafetyFactory
    {
        public OnDatabase(string path, bool clearKeys = false)
        {
            With("Database:SqlitePath", path);
            if (clearKeys)
            {
                using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM DataProtectionKeys";
                command.ExecuteNonQuery();
            }
        }
    }
}

using FireSafety.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.TestSupport;

/// <summary>
/// The real app on its own copy of the template SQLite database (built by the real migrations).
/// One per test class (IClassFixture), so classes never see each other's writes.
/// </summary>
public class FireSafetyFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["DemoData:Seed"] = "false",
        // The daily job would otherwise run behind the tests' backs; its own tests switch it on.
        ["Jobs:Enabled"] = "false",
        ["Security:SecureCookies"] = "true",
        // Sign-in rate limiting has its own test; the others sign in many times from one address.
        ["Security:LoginRequestsPerMinute"] = "100000",
        ["Security:UploadRequestsPerMinute"] = "100000",
        ["Logging:ConsoleLevel"] = "Warning",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    public FireSafetyFactory()
    {
        Directory = Path.Combine(TestDatabase.Root, Guid.NewGuid().ToString("N"));
        DatabasePath = TestDatabase.CopyTemplateToAsync(Directory).GetAwaiter().GetResult();
        _settings["Database:SqlitePath"] = DatabasePath;
        _settings["Logging:FilePath"] = Path.Combine(Directory, "logs", "firesafety-.log");
    }

    /// <summary>The test's own folder (database, logs).</summary>
    public string Directory { get; }

    public string DatabasePath { get; }

    /// <summary>Set before the host starts to control time (session timeouts, due dates).</summary>
    public FakeTimeProvider? Time { get; set; }

    public string EnvironmentName { get; set; } = "Testing";

    /// <summary>Overrides a configuration value; call before the host starts.</summary>
    public FireSafetyFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient CreateAppClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        // https: the cookies are Secure and "__Host-" prefixed, as in production.
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A DbContext outside any request (unrestricted scope), for arranging and asserting.</summary>
    public AsyncServiceScopeDbContext Database()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeDbContext(scope, scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open for a moment; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>A context with the scope that owns it.</summary>
public sealed class AsyncServiceScopeDbContext(AsyncServiceScope scope, FireSafetyDbContext db) : IAsyncDisposable
{
    public FireSafetyDbContext Db { get; } = db;

    public IServiceProvider Services => scope.ServiceProvider;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

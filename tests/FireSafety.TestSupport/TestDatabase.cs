using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.TestSupport;

/// <summary>
/// A SQLite template built once per test run by the real migrations and the real demo seeder
/// (plus two-factor turned on for the demo Admin with a known key); each host gets its own copy,
/// so tests are isolated and do not pay for migrations and password hashing every time.
/// </summary>
public static class TestDatabase
{
    /// <summary>The demo Admin's authenticator key in the template, for computing TOTP codes.</summary>
    public const string AdminAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _templatePath;

    static TestDatabase() =>
        // Best effort: the per-process folder (template and every host's copy) goes with the process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "firesafety-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task<string> CopyTemplateToAsync(string directory)
    {
        var template = await TemplateAsync();
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, "firesafety.db");
        File.Copy(template, target, overwrite: true);
        return target;
    }

    private static async Task<string> TemplateAsync()
    {
        if (_templatePath is not null)
        {
            return _templatePath;
        }

        await Gate.WaitAsync();
        try
        {
            if (_templatePath is not null)
            {
                return _templatePath;
            }

            var directory = Path.Combine(Root, "template");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "template.db");
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            await BuildAsync(path);
            _templatePath = path;
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task BuildAsync(string path)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<UnitScope>();
        services.AddDbContext<FireSafetyDbContext>(b => DatabaseRegistration.Configure(
            b, DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()));
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Web.Infrastructure.SecurityOptions.PasswordHashIterations);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FireSafetyDbContext>();
        services.AddScoped<UnitTree>();
        services.AddScoped<DemoDataSeeder>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync(DemoAccounts.Admin.Email) ?? throw new InvalidOperationException("demo admin missing");
        await users.SetAuthenticationTokenAsync(admin, "[AspNetUserStore]", "AuthenticatorKey", AdminAuthenticatorKey);
        await users.SetTwoFactorEnabledAsync(admin, true);
    }
}

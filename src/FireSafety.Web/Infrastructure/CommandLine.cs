using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FireSafety.Core.Data;
using FireSafety.Core.Data.Scale;
using FireSafety.Core.Directives;
using FireSafety.Core.Documents;
using FireSafety.Core.Inspections;
using FireSafety.Core.Reporting;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Command verbs of the same app: <c>dotnet run --project src/FireSafety.Web -- VERB ...</c>.
/// Each prints a clear message and exits non-zero on failure.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "create-admin", "import-directive", "annual-summary", "seed-scale", "backup", "restore"];

    // A verb's own options. They are kept away from the host's configuration, where a flag such
    // as "--password-stdin" would swallow the next argument as its value.
    private static readonly string[] Flags = ["--password-stdin", "--json", "--force"];
    private static readonly string[] ValueOptions = ["--email", "--name", "--unit", "--file", "--out", "--from", "--year", "--pdf", "--units", "--years", "--seed"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>The arguments left for the host (configuration such as --Database:SqlitePath).</summary>
    public static string[] HostArguments(string[] args)
    {
        var rest = new List<string>();
        for (var i = IsCommand(args) ? 1 : 0; i < args.Length; i++)
        {
            if (Flags.Contains(args[i]))
            {
                continue;
            }

            if (ValueOptions.Contains(args[i]))
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextReader? stdin = null, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdin ??= Console.In;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (args[0] == "import-directive")
        {
            // A dry run: reads a file and prints what the parser found; never opens the database.
            return await ImportDirectiveAsync(args, stdout, stderr);
        }

        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            switch (args[0])
            {
                case "migrate":
                    await services.GetRequiredService<FireSafetyDbContext>().Database.MigrateAsync();
                    await IdentitySeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
                    await stdout.WriteLineAsync("Database migrated.");
                    return 0;

                case "seed-demo":
                    if (app.Environment.IsProduction())
                    {
                        await stderr.WriteLineAsync("seed-demo refuses to run in Production: demo accounts have published passwords.");
                        return 2;
                    }

                    await services.GetRequiredService<FireSafetyDbContext>().Database.MigrateAsync();
                    var seeded = await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
                    await stdout.WriteLineAsync(seeded ? "Demo data seeded." : "Demo data not seeded: the database already has units.");
                    return 0;

                case "create-admin":
                    return await CreateAdminAsync(services, args, stdin, stdout, stderr);

                case "annual-summary":
                    return await AnnualSummaryAsync(services, args, stdout, stderr);

                case "seed-scale":
                    return await SeedScaleAsync(app, services, args, stdout, stderr);

                case "backup":
                case "restore":
                    return await BackupOrRestoreAsync(services, args, stdout, stderr);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            await stderr.WriteLineAsync($"{args[0]} failed: {ex.Message}");
            return 1;
        }

        return 2;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email) || !args.Contains("--password-stdin"))
        {
            await stderr.WriteLineAsync("Usage: create-admin --email EMAIL --password-stdin [--name \"Full name\"] [--unit CODE]");
            return 2;
        }

        var password = (await stdin.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("create-admin: no password on standard input.");
            return 2;
        }

        var db = services.GetRequiredService<FireSafetyDbContext>();
        await db.Database.MigrateAsync();
        await IdentitySeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var unit = await FindOrCreateUnitAsync(services, db, Option(args, "--unit"));
        if (unit is null)
        {
            await stderr.WriteLineAsync($"create-admin: unit '{Option(args, "--unit")}' does not exist.");
            return 1;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await stderr.WriteLineAsync($"create-admin: a user with e-mail {email} already exists.");
            return 1;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = Option(args, "--name") ?? "Quản trị hệ thống",
            UnitId = unit.Id,
            CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"create-admin failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        await stdout.WriteLineAsync($"Admin {email} created in unit {unit.Code}. Two-factor sign-in will be required at the first sign-in.");
        return 0;
    }

    private const string AnnualSummaryUsage = "Usage: annual-summary --year YYYY --out SUMMARY.docx [--pdf SUMMARY.pdf]";

    /// <summary>
    /// Compiles the year's figures afresh with the same compiler as the web job and writes the report;
    /// stores nothing. The narrative is the latest revision's for the year, if there is one; the
    /// document carries no outgoing number (it is a working copy, not the approved record).
    /// </summary>
    private static async Task<int> AnnualSummaryAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var docx = Option(args, "--out");
        var pdf = args.Contains("--pdf") ? Option(args, "--pdf") : null;
        if (!int.TryParse(Option(args, "--year"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100 || string.IsNullOrWhiteSpace(docx) || (args.Contains("--pdf") && string.IsNullOrWhiteSpace(pdf)))
        {
            await stderr.WriteLineAsync(AnnualSummaryUsage);
            return 2;
        }

        var db = services.GetRequiredService<FireSafetyDbContext>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var figures = await services.GetRequiredService<AnnualSummaryCompiler>().CompileAsync(year);
        var compiled = clock.Elapsed;
        var latest = await db.AnnualSummaries.AsNoTracking().Where(s => s.Year == year).OrderByDescending(s => s.Revision).FirstOrDefaultAsync();
        var copy = new AnnualSummary { Year = year, Assessment = latest?.Assessment, Direction = latest?.Direction, Proposals = latest?.Proposals };
        var document = AnnualSummaryDocument.Build(copy, figures, services.GetRequiredService<ReportingOptions>());
        TimeSpan written;
        try
        {
            clock.Restart();
            await WriteAsync(docx, document, OfficialDocx.Write);
            written = clock.Elapsed;
            if (pdf is not null)
            {
                await WriteAsync(pdf, document, OfficialPdf.Write);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"annual-summary failed: {ex.Message}");
            return 1;
        }

        var asOf = FireSafety.Core.Common.VietnamTime.ToLocal(figures.AsOfUtc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await stdout.WriteLineAsync($"Annual summary {year}: figures as of {asOf}, {figures.Sections.Sum(s => s.Figures.Count)} figures in {figures.Sections.Count} sections, {figures.Appendix.Count} units.");
        await stdout.WriteLineAsync(latest is null
            ? "Narrative: none yet (no summary for the year in the application)."
            : $"Narrative: from revision {latest.Revision} ({latest.Status}); the stored summary was not changed.");
        await stdout.WriteLineAsync($"Written: {docx}" + (pdf is null ? string.Empty : $", {pdf}"));
        await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Timings: figures compiled in {compiled.TotalSeconds:0.00} s, Word document written in {written.TotalSeconds:0.00} s."));
        return 0;
    }

    private const string SeedScaleUsage =
        "Usage: seed-scale --units N --years N [--seed N]   (fills an EMPTY database with generated data for benchmarks; "
        + "every account's password is " + ScaleSeeder.Password + "; see docs/performance.md)";

    /// <summary>
    /// Fills an empty database with a province's worth of generated data (issue 9 benchmarks). The
    /// accounts share a published password, so it refuses to run in Production, as seed-demo does.
    /// </summary>
    private static async Task<int> SeedScaleAsync(WebApplication app, IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var seedText = Option(args, "--seed");
        if (!TryCount(Option(args, "--units"), out var units) || !TryCount(Option(args, "--years"), out var years)
            || (args.Contains("--seed") && !TryCount(seedText, out _)))
        {
            await stderr.WriteLineAsync(SeedScaleUsage);
            return 2;
        }

        var options = new ScaleOptions(units, years, seedText is null ? ScaleOptions.DefaultSeed : int.Parse(seedText, System.Globalization.CultureInfo.InvariantCulture));
        if (options.Problem() is { } problem)
        {
            await stderr.WriteLineAsync($"seed-scale: {problem} {SeedScaleUsage}");
            return 2;
        }

        if (app.Environment.IsProduction())
        {
            await stderr.WriteLineAsync("seed-scale refuses to run in Production: generated accounts have a published password.");
            return 2;
        }

        var db = services.GetRequiredService<FireSafetyDbContext>();
        await db.Database.MigrateAsync();
        await IdentitySeeder.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        await SeedChecklist.EnsureAsync(db, services.GetRequiredService<TimeProvider>());
        var seeder = services.GetRequiredService<ScaleSeeder>();
        if (await seeder.RefusalAsync() is { } refusal)
        {
            await stderr.WriteLineAsync($"seed-scale: {refusal}");
            return 1;
        }

        await stdout.WriteLineAsync($"seed-scale: {units} units, {years} years, seed {options.Seed}");
        var result = await seeder.SeedAsync(options, stdout.WriteLineAsync);
        foreach (var (entity, count) in result.Counts)
        {
            await stdout.WriteLineAsync($"  {entity,-26}{count,10:N0}");
        }

        await stdout.WriteLineAsync($"Scale data seeded: {result.Total:N0} rows in {result.Elapsed:m\\:ss\\.f}. Password of every account: {ScaleSeeder.Password}");
        return 0;
    }

    private const string BackupUsage = "Usage: backup --out FILE [--force]   (SQLite; see docs/operations.md)";
    private const string RestoreUsage = "Usage: restore --from FILE [--force]   (SQLite; see docs/operations.md)";

    /// <summary>
    /// backup: an online copy of the SQLite database (safe while the app serves). restore: replaces
    /// the configured database with a verified backup, then applies pending migrations. Refusals
    /// (existing file, non-empty database, damaged or newer backup) exit 1; SQL Server and wrong
    /// arguments exit 2.
    /// </summary>
    private static async Task<int> BackupOrRestoreAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verb = args[0];
        var file = Option(args, verb == "backup" ? "--out" : "--from");
        if (string.IsNullOrWhiteSpace(file))
        {
            await stderr.WriteLineAsync(verb == "backup" ? BackupUsage : RestoreUsage);
            return 2;
        }

        var db = services.GetRequiredService<FireSafetyDbContext>();
        if (!db.Database.IsSqlite())
        {
            await stderr.WriteLineAsync($"{verb} refused: {DatabaseBackup.SqlServerRefusal}");
            return 2;
        }

        BackupSummary summary;
        try
        {
            summary = verb == "backup"
                ? await DatabaseBackup.BackupAsync(db, file, args.Contains("--force"))
                : await DatabaseBackup.RestoreAsync(db, file, args.Contains("--force"), services.GetRequiredService<TimeProvider>());
        }
        catch (Exception ex) when (ex is DatabaseBackupException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{verb} failed: {ex.Message}");
            return 1;
        }

        if (summary.KeptAside is not null)
        {
            await stdout.WriteLineAsync($"The previous database was kept as {summary.KeptAside}.");
        }

        await stdout.WriteLineAsync(verb == "backup"
            ? $"Backup written: {summary.Path} ({summary.Bytes:N0} bytes, {summary.Migrations} migrations, integrity ok)."
            : $"Restored {file} into {summary.Path} ({summary.Migrations} migrations after migrating, integrity ok).");
        foreach (var (table, rows) in summary.Counts)
        {
            await stdout.WriteLineAsync($"  {table,-16}{rows,10:N0}");
        }

        return 0;
    }

    private static bool TryCount(string? text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);

    private static async Task WriteAsync(string path, OfficialDocument document, Action<OfficialDocument, Stream> write)
    {
        using var buffer = new MemoryStream();
        write(document, buffer);
        await File.WriteAllBytesAsync(path, buffer.ToArray());
    }

    private static async Task<int> ImportDirectiveAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var file = Option(args, "--file");
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
        {
            await stderr.WriteLineAsync(string.IsNullOrWhiteSpace(file)
                ? "Usage: import-directive --file LETTER.txt|LETTER.docx [--json]"
                : $"import-directive: file '{file}' does not exist. Usage: import-directive --file LETTER.txt|LETTER.docx [--json]");
            return 2;
        }

        string text;
        try
        {
            if (string.Equals(Path.GetExtension(file), ".docx", StringComparison.OrdinalIgnoreCase))
            {
                await using var docx = File.OpenRead(file);
                text = DirectiveDocx.ExtractText(docx);
            }
            else
            {
                text = await File.ReadAllTextAsync(file, Encoding.UTF8);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or OpenXmlPackageException)
        {
            await stderr.WriteLineAsync($"import-directive failed: {ex.Message}");
            return 1;
        }

        var directive = DirectiveTextParser.Parse(text);
        if (args.Contains("--json"))
        {
            await stdout.WriteLineAsync(DirectiveJson.Serialize(directive));
            return 0;
        }

        await stdout.WriteLineAsync($"{directive.Number ?? "(no number)"}, {directive.IssuedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)"}: {directive.Subject ?? "(no subject)"}");
        await stdout.WriteLineAsync($"Legal basis: {string.Join("; ", directive.LegalBasis.Select(b => $"{b.Kind} {b.Number}"))}");
        foreach (var task in directive.Tasks)
        {
            await stdout.WriteLineAsync($"- [{string.Join(", ", task.Categories)}] {task.LeadUnit ?? task.Audience}: {task.Text}");
        }

        await stdout.WriteLineAsync($"Signer: {directive.Signer?.Authority} {directive.Signer?.Title} {directive.Signer?.Name}".TrimEnd());
        await stdout.WriteLineAsync("Dry run: nothing was saved.");
        return 0;
    }

    /// <summary>The named unit; with no name, the root unit, created on an empty database.</summary>
    private static async Task<Unit?> FindOrCreateUnitAsync(IServiceProvider services, FireSafetyDbContext db, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            var normalized = code.Trim().ToUpperInvariant();
            return await db.Units.FirstOrDefaultAsync(u => u.Code == normalized);
        }

        var root = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync();
        if (root is not null)
        {
            return root;
        }

        root = new Unit { Code = "ROOT", Name = "Cơ quan", Kind = UnitKind.Department };
        await services.GetRequiredService<UnitTree>().AddAsync(root);
        return root;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

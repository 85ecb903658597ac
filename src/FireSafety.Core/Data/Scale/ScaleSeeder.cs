using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data.Scale;

/// <summary>
/// Fills an empty database with a province's worth of plausible data for benchmarks (issue 9):
/// a unit tree (the department, its divisions and centres, district and commune units), accounts,
/// premises, equipment, directives and assignments, self-inspections, incidents, plans, training.
/// The same seed on the same day gives the same rows. A benchmark tool, not a feature: it writes
/// in batches without the per-row audit trail and records one audit entry for the whole load
/// (ADR 0080). Every account has the password <see cref="Password"/>.
/// </summary>
public sealed partial class ScaleSeeder(FireSafetyDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    /// <summary>The password of every generated account (benchmark sign-ins).</summary>
    public const string Password = "QuyMo@2026!";

    public const string EmailDomain = "quymo.firesafety.local";
    public const int LeaderCount = 3;
    public const int OfficeStaffCount = 5;
    public const string RootCode = "STP";

    private readonly Dictionary<string, int> _counts = [];
    private readonly List<UnitInfo> _units = [];
    private Func<string, Task> _progress = _ => Task.CompletedTask;
    private Stopwatch _clock = new();
    private int _seed;
    private DateOnly _today;
    private DateOnly _firstDay;
    private DateOnly _lastDay;
    private string _passwordHash = string.Empty;
    private (string Id, string Name)[] _office = [];
    private (string Id, string Name)[] _leaders = [];

    public static string HeadEmail(string unitCode) => $"{unitCode.ToLowerInvariant()}@{EmailDomain}";

    public static string LeaderEmail(int number) => $"lanhdao{number}@{EmailDomain}";

    public static string OfficeEmail(int number) => $"vanphong{number}@{EmailDomain}";

    /// <summary>
    /// Why the database cannot take the generated data (it holds units, accounts or records beyond
    /// what the migrations and start-up seed), or null when it is empty.
    /// </summary>
    public async Task<string?> RefusalAsync(CancellationToken cancellationToken = default)
    {
        var found = new List<string>();
        if (await db.Units.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            found.Add("units");
        }

        if (await db.Users.AnyAsync(cancellationToken))
        {
            found.Add("user accounts");
        }

        if (await db.Directives.AnyAsync(cancellationToken) || await db.Inspections.IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.Incidents.IgnoreQueryFilters().AnyAsync(cancellationToken) || await db.EquipmentItems.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            found.Add("records");
        }

        return found.Count == 0
            ? null
            : $"the database already has {string.Join(", ", found)}; seed-scale fills only an empty database (use a new --Database:SqlitePath).";
    }

    public async Task<ScaleResult> SeedAsync(ScaleOptions options, Func<string, Task>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        if (await RefusalAsync(cancellationToken) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        _progress = progress ?? (_ => Task.CompletedTask);
        _clock = Stopwatch.StartNew();
        _seed = options.Seed;
        _today = VietnamTime.Today(time);
        _lastDay = _today.AddDays(-1);
        _firstDay = new DateOnly(_today.Year, _today.Month, 1).AddMonths(-((12 * options.Years) - 1));

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.SkipAuditTrail = true;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await SeedUnitsAsync(options.Units, cancellationToken);
            await SeedUsersAsync(cancellationToken);
            await SeedPremisesAsync(cancellationToken);
            await SeedEquipmentAsync(cancellationToken);
            await SeedPlansAsync(cancellationToken);
            await SeedInspectionsAsync(cancellationToken);
            await SeedDirectivesAsync(options.Years, cancellationToken);
            await SeedIncidentsAsync(cancellationToken);
            await SeedTrainingAsync(cancellationToken);
        }
        finally
        {
            db.SkipAuditTrail = false;
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }

        // The one audit entry of the load (ADR 0080), written through the normal save.
        db.AuditEntries.Add(AuditEntry.For(SystemUser.Instance, time, AuditAction.Insert, "ScaleSeed",
            string.Create(CultureInfo.InvariantCulture, $"units={options.Units};years={options.Years};seed={options.Seed}"),
            _counts.ToDictionary(c => c.Key, c => new AuditChange(null, c.Value.ToString(CultureInfo.InvariantCulture)))));
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.CloseConnectionAsync();
        db.ChangeTracker.Clear();
        return new ScaleResult([.. _counts], _clock.Elapsed);
    }

    /// <summary>Serialises the counts as the audit entry does (for the command's summary).</summary>
    public static string Describe(ScaleResult result) =>
        JsonSerializer.Serialize(result?.Counts.ToDictionary(c => c.Key, c => c.Value));

    private async Task SeedUnitsAsync(int count, CancellationToken cancellationToken)
    {
        var random = Random(1);
        var specs = UnitSpecs(count);
        foreach (var level in specs.GroupBy(s => s.Level).OrderBy(g => g.Key))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var added = new List<UnitInfo>();
            foreach (var spec in level)
            {
                var parent = spec.Parent is { } p ? _units[p] : null;
                var head = PersonName(random);
                var unit = new Unit
                {
                    Code = spec.Code,
                    Name = spec.Name,
                    Kind = spec.Kind,
                    ParentId = parent?.Unit.Id,
                    HeadName = head,
                    Phone = string.Create(CultureInfo.InvariantCulture, $"0239 3{random.Next(100, 999)} {random.Next(100, 999)}"),
                    SortOrder = spec.SortOrder,
                    Path = parent?.Unit.Path ?? "/",
                };
                db.Units.Add(unit);
                var info = new UnitInfo(unit, spec.Level, parent, head, spec.HeadTitle, spec.IsCommune);
                added.Add(info);
                _units.Add(info);
            }

            await db.SaveChangesAsync(cancellationToken);

            // As UnitTree.AddAsync does: the path needs the id the database gave.
            foreach (var info in added)
            {
                info.Unit.Path = $"{info.Parent?.Unit.Path ?? "/"}{info.Unit.Id}/";
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        Count("Units", _units.Count);
        await ReportAsync("units");
    }

    /// <summary>The tree: the department root, its own units, then district units with communes below them.</summary>
    private static List<UnitSpec> UnitSpecs(int count)
    {
        var specs = new List<UnitSpec> { new(RootCode, ScaleNames.Department, UnitKind.Department, "Giám đốc Sở", 0, null, 0, false) };
        foreach (var (code, name, kind, title) in ScaleNames.DepartmentUnits.Take(count - 1))
        {
            specs.Add(new UnitSpec(code, name, kind, title, 1, 0, specs.Count, false));
        }

        var remaining = count - specs.Count;
        if (remaining <= 0)
        {
            return specs;
        }

        var districts = Math.Clamp(remaining / 10, 1, ScaleNames.Districts.Length);
        var districtIndexes = new List<int>();
        for (var d = 0; d < districts; d++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"H{d + 1:00}");
            districtIndexes.Add(specs.Count);
            specs.Add(new UnitSpec(code, $"Phòng Tư pháp {ScaleNames.Districts[d].Name}", UnitKind.Other, "Trưởng phòng Tư pháp", 1, 0, 100 + d, false));
        }

        var communes = remaining - districts;
        var perDistrict = new int[districts];
        for (var c = 0; c < communes; c++)
        {
            var d = c % districts;
            perDistrict[d]++;
            var number = perDistrict[d];
            var syllables = ScaleNames.CommuneSyllables;
            var place = $"{ScaleNames.Districts[d].CommunePrefix} {syllables[(number - 1) % syllables.Length]}";
            var ward = d < 3 && number % 3 == 0;
            var suffix = (number - 1) / syllables.Length;
            var name = $"{(ward ? "UBND phường" : "UBND xã")} {place}{(suffix > 0 ? string.Create(CultureInfo.InvariantCulture, $" {suffix + 1}") : string.Empty)}";
            specs.Add(new UnitSpec(
                string.Create(CultureInfo.InvariantCulture, $"H{d + 1:00}X{number:000}"), name, UnitKind.Other,
                ward ? "Phó Chủ tịch UBND phường" : "Phó Chủ tịch UBND xã", 2, districtIndexes[d], number, true));
        }

        return specs;
    }

    private async Task SeedUsersAsync(CancellationToken cancellationToken)
    {
        var random = Random(2);
        _passwordHash = users.PasswordHasher.HashPassword(new AppUser(), Password);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var createdAt = VietnamTime.StartOfDayUtc(_firstDay);
        var root = _units[0];
        var office = _units.FirstOrDefault(u => u.Unit.Code == "VP") ?? root;
        var batch = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        _leaders = [.. Enumerable.Range(1, LeaderCount).Select(n =>
            AddUser(random, LeaderEmail(n), PersonName(random), n == 1 ? "Giám đốc Sở" : "Phó Giám đốc Sở", root, roles[Roles.Leader], createdAt))];
        _office = [.. Enumerable.Range(1, OfficeStaffCount).Select(n =>
            AddUser(random, OfficeEmail(n), PersonName(random), n == 1 ? "Chánh Văn phòng" : "Chuyên viên Văn phòng Sở", office, roles[Roles.Office], createdAt))];
        foreach (var unit in _units)
        {
            unit.HeadUserId = AddUser(random, HeadEmail(unit.Unit.Code), unit.HeadName, unit.HeadTitle, unit, roles[Roles.UnitHead], createdAt).Id;
            if (++batch % 500 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await ReportAsync("user accounts");
    }

    private (string Id, string Name) AddUser(Random random, string email, string name, string title, UnitInfo unit, string roleId, DateTime createdAt)
    {
        var user = new AppUser
        {
            Id = Guid(random).ToString(),
            UserName = email,
            NormalizedUserName = users.NormalizeName(email),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            EmailConfirmed = true,
            PasswordHash = _passwordHash,
            SecurityStamp = Guid(random).ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid(random).ToString(),
            LockoutEnabled = true,
            FullName = name,
            JobTitle = title,
            UnitId = unit.Unit.Id,
            CreatedAtUtc = createdAt,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        Count("AppUsers");
        return (user.Id, name);
    }

    /// <summary>Saves and forgets a batch inside its own transaction.</summary>
    private async Task InBatchesAsync<T>(IReadOnlyList<T> items, int size, Func<IReadOnlyList<T>, Task> work, string label, CancellationToken cancellationToken)
    {
        var done = 0;
        var reportEvery = Math.Max(1, items.Count / 4);
        var nextReport = reportEvery;
        foreach (var chunk in items.Chunk(size))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work(chunk);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            if (done >= nextReport && done < items.Count)
            {
                await _progress(string.Create(CultureInfo.InvariantCulture, $"  {label}: {done}/{items.Count} ({_clock.Elapsed:m\\:ss})"));
                nextReport += reportEvery;
            }
        }
    }

    private Task ReportAsync(string step) =>
        _progress(string.Create(CultureInfo.InvariantCulture, $"{step} done ({_clock.Elapsed:m\\:ss})"));

    private void Count(string entity, int add = 1) =>
        _counts[entity] = _counts.GetValueOrDefault(entity) + add;

    /// <summary>A generator of its own for each part, so the parts do not shift one another.</summary>
    private Random Random(int part) => new(unchecked((_seed * 7919) + (part * 104_729)));

    private static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static bool Chance(Random random, double probability) => random.NextDouble() < probability;

    private static string PersonName(Random random) =>
        $"{Pick(random, ScaleNames.FamilyNames)} {Pick(random, ScaleNames.MiddleNames)} {Pick(random, ScaleNames.GivenNames)}";

    /// <summary>A UTC instant on a Vietnam date at a working hour.</summary>
    private static DateTime At(DateOnly date, int hour, int minute = 0) =>
        VietnamTime.ToUtc(date.ToDateTime(new TimeOnly(hour, minute)));

    /// <summary>A random day between two dates (inclusive); the first when the range is empty.</summary>
    private static DateOnly Day(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private sealed record UnitSpec(string Code, string Name, UnitKind Kind, string HeadTitle, int Level, int? Parent, int SortOrder, bool IsCommune);

    /// <summary>A generated unit and what later parts hang off it.</summary>
    private sealed class UnitInfo(Unit unit, int level, UnitInfo? parent, string headName, string headTitle, bool isCommune)
    {
        public Unit Unit { get; } = unit;

        public int Level { get; } = level;

        public UnitInfo? Parent { get; } = parent;

        public string HeadName { get; } = headName;

        public string HeadTitle { get; } = headTitle;

        public bool IsCommune { get; } = isCommune;

        public string HeadUserId { get; set; } = string.Empty;

        public string HeadLine => $"{HeadName}, {HeadTitle}";

        public List<Facility> Facilities { get; } = [];

        public List<Area> Areas { get; } = [];

        public int IntervalMonths { get; set; } = 1;
    }
}

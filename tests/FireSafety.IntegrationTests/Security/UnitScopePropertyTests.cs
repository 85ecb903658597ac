using System.Globalization;
using CsCheck;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// AC3: for random data — a random unit tree, facilities, areas and high-risk points assigned to
/// random units — a unit head's lists, Excel exports and home-page figures hold only their own
/// subtree's rows, and every total equals the count computed straight from the generated data.
/// Each sample builds a fresh tree under a new root, so earlier samples never fall in scope.
/// </summary>
public sealed class UnitScopePropertyTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    /// <summary>CsCheck seed: a failure prints the seed of the failing sample to reproduce it.</summary>
    private const string Seed = "0hNbd1X7ecY4";

    /// <summary>Parent index of each unit after the first (always below an earlier one: a tree).</summary>
    public sealed record World(int[] Parents, (int Unit, bool Active)[] Facilities, (int Facility, bool HighRisk)[] Areas, (int Area, int Likelihood, int Severity)[] Points, int Head);

    private static readonly Gen<World> Worlds =
        from size in Gen.Int[2, 6]
        from parents in Gen.Int[0, 100].Array[size - 1]
        from facilities in Gen.Select(Gen.Int[0, size - 1], Gen.Bool).Array[1, 7]
        from areas in Gen.Select(Gen.Int[0, facilities.Length - 1], Gen.Bool).Array[0, 8]
        from points in (areas.Length == 0 ? Gen.Const(Array.Empty<(int, int, int)>()) : Gen.Select(Gen.Int[0, areas.Length - 1], Gen.Int[1, 5], Gen.Int[1, 5]).Array[0, 6])
        from head in Gen.Int[0, size - 1]
        select new World([.. parents.Select((p, i) => p % (i + 1))], facilities, areas, points, head);

    [Fact]
    public async Task UnitHead_SeesOnlyTheirSubtree_InListsExportsAndTotals_ForRandomData()
    {
        await Worlds.SampleAsync(CheckAsync, seed: Seed, iter: 4, threads: 1, print: w => System.Text.Json.JsonSerializer.Serialize(w));
    }

    private async Task CheckAsync(World world)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var units = new List<Unit>();
        var facilities = new List<Facility>();
        var areas = new List<Area>();
        var points = new List<RiskPoint>();
        var email = $"head-{tag}@stp.gov.vn";
        const string password = "Mat-khau-dai-2025!";
        await using (var scope = factory.Database())
        {
            var tree = scope.Services.GetRequiredService<UnitTree>();
            for (var i = 0; i <= world.Parents.Length; i++)
            {
                var unit = new Unit { Code = $"T{tag}{i}", Name = $"Đơn vị {tag}-{i}", Kind = UnitKind.Office, ParentId = i == 0 ? null : units[world.Parents[i - 1]].Id };
                await tree.AddAsync(unit);
                units.Add(unit);
            }

            foreach (var (unit, active) in world.Facilities)
            {
                facilities.Add(new Facility { UnitId = units[unit].Id, Name = $"Cơ sở {tag}-{facilities.Count}", Address = "Số 1 Lê Lợi", IsActive = active });
            }

            scope.Db.Facilities.AddRange(facilities);
            await scope.Db.SaveChangesAsync();
            foreach (var (facility, highRisk) in world.Areas)
            {
                areas.Add(new Area { FacilityId = facilities[facility].Id, UnitId = facilities[facility].UnitId, Name = $"Khu {tag}-{areas.Count}", IsHighRisk = highRisk });
            }

            scope.Db.Areas.AddRange(areas);
            await scope.Db.SaveChangesAsync();
            foreach (var (area, likelihood, severity) in world.Points)
            {
                points.Add(new RiskPoint { UnitId = areas[area].UnitId, AreaId = areas[area].Id, Hazard = $"Nguy cơ {tag}-{points.Count}", Likelihood = likelihood, Severity = severity, OwnerName = "Nguyễn Văn An", NextReviewOn = new DateOnly(2099, 1, 1) });
            }

            scope.Db.RiskPoints.AddRange(points);
            await scope.Db.SaveChangesAsync();

            var users = scope.Services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Trưởng đơn vị thử", UnitId = units[world.Head].Id, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.UnitHead)).Succeeded);
        }

        // What the head should see, computed from the generated data alone.
        var scopeIds = new HashSet<int> { world.Head };
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 1; i <= world.Parents.Length; i++)
            {
                if (scopeIds.Contains(world.Parents[i - 1]) && scopeIds.Add(i))
                {
                    changed = true;
                }
            }
        }

        var inScope = scopeIds.Select(i => units[i].Id).ToHashSet();
        var myFacilities = facilities.Where(f => inScope.Contains(f.UnitId)).ToList();
        var myAreas = areas.Where(a => inScope.Contains(a.UnitId)).ToList();
        var myPoints = points.Where(p => inScope.Contains(p.UnitId)).ToList();
        var myUnitNames = scopeIds.Select(i => units[i].Name).ToHashSet();

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(email, password);
        var failures = new List<string>();
        void Expect(string what, object expected, object actual)
        {
            if (!Equals(expected.ToString(), actual.ToString()))
            {
                failures.Add($"{what}: expected {expected}, got {actual}");
            }
        }

        var home = await client.GetDocumentAsync("/");
        Expect("home units", scopeIds.Count, home.QuerySelector("[data-testid=count-units]")!.TextContent.Trim());
        Expect("home facilities", myFacilities.Count(f => f.IsActive), home.QuerySelector("[data-testid=count-facilities]")!.TextContent.Trim());
        Expect("home areas", myAreas.Count, home.QuerySelector("[data-testid=count-areas]")!.TextContent.Trim());
        Expect("home high-risk areas", myAreas.Count(a => a.IsHighRisk), home.QuerySelector("[data-testid=count-high-risk]")!.TextContent.Trim());
        foreach (var level in Enum.GetValues<RiskLevel>())
        {
            var cell = home.QuerySelectorAll("[data-testid=risk-levels] td[data-value]").ElementAt((int)level - (int)Enum.GetValues<RiskLevel>()[0]);
            Expect($"home risk level {level}", myPoints.Count(p => RiskMatrix.Level(p.Score) == level), cell.GetAttribute("data-value")!);
        }

        var list = await client.GetDocumentAsync("/Facilities");
        Expect("facilities list total", myFacilities.Count, list.QuerySelector("[data-testid=pager-summary]")?.GetAttribute("data-total") ?? "0");
        var rows = list.QuerySelectorAll("[data-testid=facilities] tbody a").Select(a => a.TextContent.Trim()).Where(n => n.StartsWith("Cơ sở ", StringComparison.Ordinal)).ToList();
        failures.AddRange(rows.Except(myFacilities.Select(f => f.Name)).Select(n => $"facilities list shows {n}"));
        Expect("facilities list rows", myFacilities.Count, list.QuerySelectorAll("[data-testid=facilities] tbody tr").Length);

        var export = await client.SheetAsync("/Facilities?handler=Export");
        Expect("facilities export rows", myFacilities.Count, export.Count(r => r.Values.Any(v => v is not null && v.ToString()!.Length > 0)));
        failures.AddRange(export.Select(r => (r.TryGetValue("Đơn vị", out var unit) ? unit?.ToString() : null)).Where(u => u is not null && !myUnitNames.Contains(u)).Distinct().Select(u => $"facilities export has a row of {u}"));

        var riskList = await client.GetDocumentAsync("/RiskPoints");
        Expect("risk points list total", myPoints.Count, riskList.QuerySelector("[data-testid=pager-summary]")?.GetAttribute("data-total") ?? "0");
        var riskIds = riskList.QuerySelectorAll("[data-testid=risk-point]").Select(e => int.Parse(e.GetAttribute("data-id")!, CultureInfo.InvariantCulture));
        failures.AddRange(riskIds.Except(myPoints.Select(p => p.Id)).Select(id => $"risk points list shows point {id}"));
        var riskExport = await client.SheetAsync("/RiskPoints?handler=Export");
        Expect("risk points export rows", myPoints.Count, riskExport.Count(r => r.Values.Any(v => v is not null && v.ToString()!.Length > 0)));
        failures.AddRange(riskExport.Select(r => (r.TryGetValue("Đơn vị", out var unit) ? unit?.ToString() : null)).Where(u => u is not null && !myUnitNames.Contains(u)).Distinct().Select(u => $"risk points export has a row of {u}"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

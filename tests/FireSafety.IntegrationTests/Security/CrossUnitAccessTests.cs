using System.Net;
using System.Text.Json;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// AC2: as unit A's head, ask for unit B's records on every route that takes a record id —
/// generated from the endpoint list, so a new page is covered without anyone remembering it.
/// The answer is 404 and the database is unchanged.
/// </summary>
public sealed class CrossUnitAccessTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    /// <summary>
    /// Which record a route's id names, by page folder (longest prefix wins). A new feature folder
    /// with id routes must be added here, or <see cref="EveryIdRoute_IsMappedToARecordKind"/> fails.
    /// </summary>
    public static readonly Dictionary<string, Func<IServiceProvider, FireSafetyDbContext, int, Task<string>>> RecordOfUnit = new()
    {
        ["Facilities/Areas/"] = async (_, db, unitId) => Id(await db.Areas.IgnoreQueryFilters().Where(a => a.UnitId == unitId).Select(a => a.Id).FirstAsync()),
        ["Facilities/"] = async (_, db, unitId) => Id(await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).Select(f => f.Id).FirstAsync()),
        ["Evidence/"] = async (services, db, unitId) => (await TestEvidence.FileOfUnitAsync(services, db, unitId)).ToString(),
        ["Directives/"] = async (_, db, unitId) => Id(await TestDirectives.OfUnitAsync(db, unitId)),
        ["Tasks/"] = async (_, db, unitId) => await Tasks.TaskTestData.AssignmentOfUnitAsync(db, unitId),
        ["Actions/"] = async (_, db, unitId) => await Actions.ActionTestData.ActionOfUnitAsync(db, unitId),
        ["Inspections/"] = async (_, db, unitId) => await Inspections.InspectionTestData.InspectionOfUnitAsync(db, unitId),
        ["Inspections/Plan/"] = (_, _, unitId) => Task.FromResult(Id(unitId)),
        ["Difficulties/"] = async (_, db, unitId) => await Tasks.TaskTestData.DifficultyOfUnitAsync(db, unitId),
        ["Incidents/"] = async (_, db, unitId) => await Incidents.IncidentTestData.OfUnitAsync(db, unitId),
        ["Equipment/"] = async (_, db, unitId) => await Equipment.EquipmentTestData.ItemOfUnitAsync(db, unitId),
        ["RiskPoints/"] = async (_, db, unitId) => await RiskPoints.RiskPointTestData.PointOfUnitAsync(db, unitId),
        ["Plans/"] = async (_, db, unitId) => await Plans.PlanTestData.PlanOfUnitAsync(db, unitId),
        ["Plans/Drills/Edit/"] = async (_, db, unitId) => await Plans.PlanTestData.DrillOfUnitAsync(db, unitId),
        ["Dissemination/"] = async (_, db, unitId) => await Training.TrainingTestData.ActivityOfUnitAsync(db, unitId),
        ["Training/"] = async (_, db, unitId) => await Training.TrainingTestData.RecordOfUnitAsync(db, unitId),
    };

    /// <summary>Routes that take the id of a parent record in the query string.</summary>
    public static readonly (string Route, string Parameter, string Kind)[] QueryIdRoutes =
    [
        ("/Facilities/Areas/Create", "facilityId", "Facilities/"),
        ("/Facilities/Create", "unitId", "Units/"),
    ];

    /// <summary>Folders only an organisation-wide role reaches; a UnitHead is refused there outright.</summary>
    private static readonly string[] OrganisationWideFolders = ["Admin/", "Directives/Edit/", "Reporting/", "Inspections/Templates/", "Plans/Approve/"];

    [Fact]
    public void EveryIdRoute_IsMappedToARecordKind()
    {
        var unmapped = IdRoutes().Where(r => Kind(r) is null).ToList();

        Assert.True(unmapped.Count == 0, "Routes with an id but no entry in RecordOfUnit:\n" + string.Join("\n", unmapped));
    }

    [Fact]
    public async Task UnitHead_GetsNotFound_ForAnotherUnitsRecords_OnEveryIdRoute_AndNothingChanges()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var otherUnitId = await UnitIdAsync(DemoAccounts.OtherUnitHead.UnitCode);
        await using (var arrange = factory.Database())
        {
            // Records the routes will ask for, created before the snapshot.
            foreach (var recordOf in RecordOfUnit.Values)
            {
                await recordOf(arrange.Services, arrange.Db, otherUnitId);
            }
        }

        var before = await SnapshotAsync();
        var token = (await client.GetDocumentAsync("/Facilities")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var failures = new List<string>();
        var checkedRoutes = 0;

        foreach (var route in IdRoutes())
        {
            var kind = Kind(route)!;
            string id;
            await using (var scope = factory.Database())
            {
                id = await RecordOfUnit[kind](scope.Services, scope.Db, otherUnitId);
            }

            var url = "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{id(:[a-z]+)?\??\}", id);
            await ExpectNotFoundAsync(client, url, token, failures);
            checkedRoutes++;
        }

        foreach (var (route, parameter, kind) in QueryIdRoutes)
        {
            string id;
            if (kind == "Units/")
            {
                id = otherUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // Create with another unit's id must not create anything there: the form
                // refuses the unit. GET may show the form, but POST must write nothing.
                var response = await client.PostAsync($"{route}?{parameter}={id}", new Dictionary<string, string?>
                {
                    ["Input.UnitId"] = id,
                    ["Input.Name"] = "Cơ sở lạ",
                    ["Input.Address"] = "Địa chỉ lạ",
                }, "/Facilities");
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                {
                    failures.Add($"POST {route}?{parameter}={id} answered {(int)response.StatusCode}");
                }

                continue;
            }

            await using (var scope = factory.Database())
            {
                id = await RecordOfUnit[kind](scope.Services, scope.Db, otherUnitId);
            }

            await ExpectNotFoundAsync(client, $"{route}?{parameter}={id}", token, failures);
            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 5, $"only {checkedRoutes} routes checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task UnitHead_ListsAndCounts_OnlyTheirOwnUnit()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);

        var list = await client.GetDocumentAsync("/Facilities");
        var names = list.QuerySelectorAll("[data-testid=facilities] tbody a").Select(a => a.TextContent.Trim()).ToList();
        var home = await client.GetDocumentAsync("/");
        var unitOptions = list.QuerySelectorAll("#unitId option").Select(o => o.TextContent.Trim()).Where(t => t.Length > 0).ToList();

        Assert.Equal(["Khu làm việc Phòng Hành chính tư pháp"], names);
        Assert.Equal("1", home.QuerySelector("[data-testid=count-facilities]")!.TextContent.Trim());
        Assert.Equal("2", home.QuerySelector("[data-testid=count-areas]")!.TextContent.Trim());
        Assert.Equal("1", home.QuerySelector("[data-testid=count-units]")!.TextContent.Trim());
        Assert.All(unitOptions.Skip(1), o => Assert.Contains("HCTP", o, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every Excel export in docs/permissions.md (the rows ending in <c>?handler=Export</c>): asked
    /// for another unit (<c>unitId</c> or <c>under</c>), a UnitHead's file has no rows, while the
    /// office's has some; unfiltered, its unit column names only the UnitHead's own units.
    /// </summary>
    [Fact]
    public async Task UnitHead_Exports_OnlyTheirOwnUnit_WhateverUnitTheyAskFor()
    {
        var exports = PermissionsMatrixTests.Matrix().Select(r => r.Page).Where(p => p.EndsWith("?handler=Export", StringComparison.Ordinal)).ToList();
        Assert.True(exports.Count >= 12, "the exports were not read from docs/permissions.md");
        int other;
        List<string> ownUnits;
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            other = await db.Units.IgnoreQueryFilters().Where(u => u.Code == DemoAccounts.OtherUnitHead.UnitCode).Select(u => u.Id).SingleAsync();
            var ownPath = await db.Units.IgnoreQueryFilters().Where(u => u.Code == DemoAccounts.UnitHead.UnitCode).Select(u => u.Path).SingleAsync();
            ownUnits = await db.Units.IgnoreQueryFilters().Where(u => u.Path.StartsWith(ownPath)).Select(u => u.Name).ToListAsync();
            foreach (var kind in new[] { "Tasks/", "Actions/", "Inspections/", "Incidents/", "Equipment/", "RiskPoints/", "Plans/", "Plans/Drills/Edit/", "Dissemination/", "Training/" })
            {
                await RecordOfUnit[kind](scope.Services, db, other);
            }

            await Inspections.InspectionTestData.FindingOfUnitAsync(db, other);

            // The drills list (and its export) shows this year's drills.
            var planId = int.Parse(await Plans.PlanTestData.PlanOfUnitAsync(db, other), System.Globalization.CultureInfo.InvariantCulture);
            await Plans.PlanTestData.DrillAsync(db, await db.ResponsePlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)));
        }

        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);
        var head = new PageClient(factory.CreateAppClient());
        await head.SignInAsync(DemoAccounts.UnitHead);
        var failures = new List<string>();
        foreach (var export in exports)
        {
            static int Rows(List<IDictionary<string, object?>> sheet) => sheet.Count(r => r.Values.Any(v => v is not null && v.ToString()!.Length > 0));
            foreach (var parameter in new[] { "unitId", "under" })
            {
                var url = $"{export}&{parameter}={other}";
                if (Rows(await office.SheetAsync(url)) == 0)
                {
                    failures.Add($"Office {url}: no rows, so the check below proves nothing");
                }

                var rows = Rows(await head.SheetAsync(url));
                if (rows != 0)
                {
                    failures.Add($"UnitHead {url}: {rows} rows of another unit");
                }
            }

            var own = await head.SheetAsync(export);
            var foreign = own.Where(r => r.TryGetValue("Đơn vị", out var unit) && unit is not null && !ownUnits.Contains(unit.ToString()!)).Select(r => r["Đơn vị"]).Distinct().ToList();
            if (foreign.Count > 0)
            {
                failures.Add($"UnitHead {export}: rows of {string.Join(", ", foreign)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task UnitHead_CannotCreateAFacilityInAnotherUnit_ByPostingItsUnitId()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var otherUnitId = await UnitIdAsync(DemoAccounts.OtherUnitHead.UnitCode);

        var response = await client.SubmitAsync("/Facilities/Create", new Dictionary<string, string?>
        {
            ["Input.UnitId"] = otherUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = "Kho mới",
            ["Input.Address"] = "Số 1 đường Trần Phú",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Đơn vị không hợp lệ.", (await response.DocumentAsync()).FieldError("Input.UnitId"));
        await using var scope = factory.Database();
        Assert.False(await scope.Db.Facilities.AnyAsync(f => f.Name == "Kho mới"));
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task ExpectNotFoundAsync(PageClient client, string url, string token, List<string> failures)
    {
        var get = await client.Http.GetAsync(url);
        if (get.StatusCode != HttpStatusCode.NotFound)
        {
            failures.Add($"GET {url} answered {(int)get.StatusCode}");
        }

        var post = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Đổi tên trái phép",
            ["Input.Address"] = "Địa chỉ trái phép",
            ["Version"] = "1",
            ["Input.Version"] = "1",
        }));
        // 405: the page has no POST handler at all, which is as safe as not found.
        if (post.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed))
        {
            failures.Add($"POST {url} answered {(int)post.StatusCode}");
        }
    }

    private List<string> IdRoutes() =>
        [.. EndpointList.All(factory.Services)
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(r => r.Contains("{id", StringComparison.Ordinal) && !OrganisationWideFolders.Any(f => r.StartsWith(f, StringComparison.Ordinal)))];

    private static string? Kind(string route) =>
        RecordOfUnit.Keys.Where(k => route.StartsWith(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();

    private async Task<int> UnitIdAsync(string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Every unit-owned row and the count of data-change audit rows.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        return JsonSerializer.Serialize(new
        {
            Units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Name, u.Version, u.IsActive }).ToListAsync(),
            Facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.UnitId, f.Name, f.Address, f.Version }).ToListAsync(),
            Areas = await db.Areas.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Name, a.Version }).ToListAsync(),
            Activities = await db.DisseminationActivities.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.UnitId, a.Topic, a.Version }).ToListAsync(),
            TrainingRecords = await db.TrainingRecords.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.UnitId, r.PersonName, r.Version }).ToListAsync(),
            Changes = await db.AuditEntries.CountAsync(a => a.Action <= Core.Auditing.AuditAction.Delete),
        });
    }
}

using System.Net;
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

    /// <summary>
    /// Every id a page takes besides its route's {id} (query-string values, handler parameters,
    /// bound properties named "…Id", found in the compiled pages): page path + name → the record kind
    /// (a <see cref="RecordOfUnit"/> key, or "Units/" / "Findings/" / "Notifications/" / "DirectiveTasks/"),
    /// or null with the reason it names no unit's record. "preselect:" marks a create form's
    /// pre-selection: the form may show (200), but nothing of the other unit's record is selected in
    /// it, and posting it writes nothing. A new one fails <see cref="EveryIdParameter_IsMappedToARecordKind"/>.
    /// </summary>
    public static readonly Dictionary<string, string?> IdParameterKinds = new(StringComparer.Ordinal)
    {
        ["/Facilities/Areas/Create|facilityId"] = "Facilities/",
        ["/Facilities/Create|unitId"] = "preselect:Units/",
        ["/Difficulties/Create|assignmentId"] = "preselect:Tasks/",
        ["/Equipment/Create|areaId"] = "preselect:Facilities/Areas/",
        ["/Inspections/Start|facilityId"] = "preselect:Facilities/",
        ["/Plans/Create|FacilityId"] = "preselect:Facilities/",
        ["/Inspections/Details|FindingId"] = "Findings/",
        ["/Notifications|id"] = "Notifications/",
        ["/Directives/Details|taskId"] = "DirectiveTasks/",
        // A checklist item belongs to the organisation-wide template, not to a unit.
        ["/Inspections/Fill|ItemId"] = null,
        // List filters: a UnitHead asking for another unit gets an empty list (exports test, UnitScopePropertyTests).
        ["/Actions|UnitId"] = null,
        ["/Difficulties|UnitId"] = null,
        ["/Dissemination|UnitId"] = null,
        ["/Equipment|UnitId"] = null,
        ["/Equipment|TypeId"] = null,
        ["/Equipment/Checks|UnitId"] = null,
        ["/Equipment/Checks|TypeId"] = null,
        ["/Equipment/Labels|UnitId"] = null,
        ["/Equipment/Labels|FacilityId"] = null,
        ["/Facilities|UnitId"] = null,
        ["/Incidents|UnitId"] = null,
        ["/Inspections|UnitId"] = null,
        ["/Inspections/Findings|UnitId"] = null,
        ["/Plans|UnitId"] = null,
        ["/Plans|FacilityId"] = null,
        ["/Plans/Drills|UnitId"] = null,
        ["/RiskPoints|UnitId"] = null,
        ["/Tasks|UnitId"] = null,
        ["/Tasks|DirectiveId"] = null,
        ["/Training|UnitId"] = null,
    };

    /// <summary>Folders only an organisation-wide role reaches; a UnitHead is refused there outright.</summary>
    private static readonly string[] OrganisationWideFolders = ["Admin/", "Directives/Edit/", "Reporting/", "Inspections/Templates/", "Plans/Approve/"];

    [Fact]
    public void EveryIdRoute_IsMappedToARecordKind()
    {
        var unmapped = IdRoutes().Where(r => Kind(r) is null).ToList();

        Assert.True(unmapped.Count == 0, "Routes with an id but no entry in RecordOfUnit:\n" + string.Join("\n", unmapped));
    }

    [Fact]
    public async Task EveryIdParameter_IsMappedToARecordKind()
    {
        var unmapped = (await UnitPagesAsync())
            .SelectMany(p => p.IdParameters().Select(i => $"{p.Path}|{i.Parameter}"))
            .Distinct()
            .Where(key => !IdParameterKinds.ContainsKey(key))
            .ToList();

        Assert.True(unmapped.Count == 0, "Pages taking an id (query string, handler parameter or bound property) with no entry in IdParameterKinds:\n" + string.Join("\n", unmapped));
    }

    /// <summary>
    /// For every page with an {id} route: GET it, GET each named GET handler, POST each POST handler
    /// (with a valid antiforgery token), all with another unit's record id; and for every other id a
    /// page takes (<see cref="IdParameterKinds"/>), the same with another unit's record in that
    /// parameter (on the UnitHead's own record when the route has an {id} too). Every answer refuses
    /// (404, 403, 405 or the access-denied page) and no row of any table changes.
    /// </summary>
    [Fact]
    public async Task UnitHead_GetsNotFound_ForAnotherUnitsRecords_OnEveryIdRoute_AndNothingChanges()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);
        var otherUnitId = await UnitIdAsync(DemoAccounts.OtherUnitHead.UnitCode);
        var ownUnitId = await UnitIdAsync(DemoAccounts.UnitHead.UnitCode);
        await using (var arrange = factory.Database())
        {
            // Records the routes will ask for, created before the snapshot.
            foreach (var recordOf in RecordOfUnit.Values)
            {
                await recordOf(arrange.Services, arrange.Db, otherUnitId);
                await recordOf(arrange.Services, arrange.Db, ownUnitId);
            }

            await ParameterRecordAsync(arrange, "Findings/", otherUnitId);
            await ParameterRecordAsync(arrange, "Notifications/", otherUnitId);
            await ParameterRecordAsync(arrange, "DirectiveTasks/", otherUnitId);
        }

        var before = await DatabaseState.ReadAsync(factory.DatabasePath);
        var token = (await client.GetDocumentAsync("/Facilities")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var failures = new List<string>();
        var checkedRequests = 0;
        var pages = await UnitPagesAsync();

        foreach (var page in pages.Where(p => p.HasIdInRoute))
        {
            var kind = Kind(page.Route)!;
            string id;
            await using (var scope = factory.Database())
            {
                id = await RecordOfUnit[kind](scope.Services, scope.Db, otherUnitId);
            }

            var url = "/" + System.Text.RegularExpressions.Regex.Replace(page.Route, @"\{id(:[a-z]+)?\??\}", id);
            foreach (var get in page.GetHandlers)
            {
                checkedRequests += await ExpectRefusedAsync(client, HttpMethod.Get, WithHandler(url, get.Name), token, failures);
            }

            foreach (var post in page.PostHandlers)
            {
                checkedRequests += await ExpectRefusedAsync(client, HttpMethod.Post, WithHandler(url, post.Name), token, failures);
            }
        }

        foreach (var page in pages)
        {
            foreach (var (handler, verb, parameter) in page.IdParameters())
            {
                if (IdParameterKinds.GetValueOrDefault($"{page.Path}|{parameter}") is not { } kind)
                {
                    continue;
                }

                string id, url = page.Path;
                await using (var scope = factory.Database())
                {
                    id = await ParameterRecordAsync(scope, kind.Replace("preselect:", string.Empty, StringComparison.Ordinal), otherUnitId);
                    if (page.HasIdInRoute)
                    {
                        url = "/" + System.Text.RegularExpressions.Regex.Replace(page.Route, @"\{id(:[a-z]+)?\??\}", await RecordOfUnit[Kind(page.Route)!](scope.Services, scope.Db, ownUnitId));
                    }
                }

                url = WithHandler(url, handler);
                url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"{parameter}={id}";
                if (kind.StartsWith("preselect:", StringComparison.Ordinal))
                {
                    var get = await client.Http.GetAsync(url);
                    if (get.StatusCode == HttpStatusCode.OK)
                    {
                        var form = await get.DocumentAsync();
                        // The drop-down of this record kind offers only the UnitHead's own records (an echoed hidden id shows nothing).
                        if (form.QuerySelectorAll($"select option[value='{id}']").Any(o => o.ParentElement?.GetAttribute("name")?.EndsWith(parameter, StringComparison.OrdinalIgnoreCase) == true))
                        {
                            failures.Add($"GET {url} offers the other unit's record");
                        }
                    }
                    else if (get.StatusCode != HttpStatusCode.NotFound)
                    {
                        failures.Add($"GET {url} answered {(int)get.StatusCode}");
                    }

                    var response = await client.PostAsync(url, new Dictionary<string, string?> { ["Input.UnitId"] = Id(otherUnitId), ["Input.Name"] = "Bản ghi lạ", ["Input.Address"] = "Địa chỉ lạ", [parameter] = id }, "/Facilities");
                    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound))
                    {
                        failures.Add($"POST {url} answered {(int)response.StatusCode} {response.Headers.Location}");
                    }

                    checkedRequests += 2;
                    continue;
                }

                if (verb.Contains("GET", StringComparison.Ordinal))
                {
                    checkedRequests += await ExpectRefusedAsync(client, HttpMethod.Get, url, token, failures);
                }

                if (verb.Contains("POST", StringComparison.Ordinal) || page.PostHandlers.Any(h => h.Name == handler))
                {
                    checkedRequests += await ExpectRefusedAsync(client, HttpMethod.Post, url, token, failures);
                }
            }
        }

        Assert.True(checkedRequests >= 60, $"only {checkedRequests} requests checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var changes = before.ChangesTo(await DatabaseState.ReadAsync(factory.DatabasePath));
        Assert.True(changes.Count == 0, "Refused requests changed the database:\n" + string.Join("\n", changes));
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

    private static string WithHandler(string url, string? handler) => handler is null ? url : $"{url}?handler={handler}";

    /// <summary>Asks once; a refusal is 404, 403, 405 (no such handler) or the access-denied page.</summary>
    private static async Task<int> ExpectRefusedAsync(PageClient client, HttpMethod method, string url, string token, List<string> failures)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = "Đổi tên trái phép",
                ["Input.Address"] = "Địa chỉ trái phép",
                ["Input.UnitId"] = "1",
                ["Version"] = "1",
                ["Input.Version"] = "1",
                ["Message.Text"] = "Trái phép",
                ["Note.Text"] = "Trái phép",
            });
        }

        var response = await client.Http.SendAsync(request);
        var refused = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);
        if (!refused)
        {
            failures.Add($"{method} {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        return 1;
    }

    /// <summary>A record of <paramref name="unitId"/> for an id parameter of <paramref name="kind"/>.</summary>
    private static async Task<string> ParameterRecordAsync(AsyncServiceScopeDbContext scope, string kind, int unitId)
    {
        var db = scope.Db;
        switch (kind)
        {
            case "Units/":
                return Id(unitId);
            case "Findings/":
                return await Inspections.InspectionTestData.FindingOfUnitAsync(db, unitId);
            case "DirectiveTasks/":
                var directiveId = await TestDirectives.OfUnitAsync(db, unitId);
                return Id(await db.DirectiveTasks.IgnoreQueryFilters().Where(t => t.DirectiveId == directiveId).Select(t => t.Id).FirstAsync());
            case "Notifications/":
                var userId = await db.Users.Where(u => u.Email == DemoAccounts.OtherUnitHead.Email).Select(u => u.Id).SingleAsync();
                var existing = await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).Select(n => (long?)n.Id).FirstOrDefaultAsync();
                if (existing is null)
                {
                    var notification = new Core.Notifications.Notification { UserId = userId, Text = "Thông báo của đơn vị khác", DedupKey = Guid.NewGuid().ToString("N"), CreatedAtUtc = DateTime.UtcNow };
                    db.Notifications.Add(notification);
                    await db.SaveChangesAsync();
                    existing = notification.Id;
                }

                return existing.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            default:
                return await RecordOfUnit[kind](scope.Services, db, unitId);
        }
    }

    private async Task<List<AppPage>> UnitPagesAsync() =>
        [.. (await PageHandlers.AllAsync(factory.Services)).Where(p => !OrganisationWideFolders.Any(f => p.Route.StartsWith(f, StringComparison.Ordinal)))];

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
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using FireSafety.Core.Directives;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using FireSafety.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Pickers;

/// <summary>
/// A province-sized tree (more units, facilities and directives than <see cref="Picker.Threshold"/>):
/// the lists send their long drop-downs as pickers (ADR 0094) — the "all" option, the selected one
/// and the search URL — still filter by the query string, and the searches answer at most
/// <see cref="Picker.MaxResults"/> matches without diacritics, within the reader's unit scope.
/// </summary>
public sealed class PickerTests(PickerFactory factory) : IClassFixture<PickerFactory>
{
    [Fact]
    public async Task ListPage_SendsOnlyAllAndTheSelectedUnit_WithTheSearchUrl_AndStillFilters()
    {
        var tree = await factory.TreeAsync();
        var client = await SignedInAsync(DemoAccounts.Office);

        var unfiltered = await client.GetDocumentAsync("/RiskPoints");
        var plain = unfiltered.QuerySelector("select#unitId")!;
        Assert.Equal("/Lookup/Units", plain.GetAttribute("data-lookup"));
        Assert.Equal("Gõ để tìm đơn vị…", plain.GetAttribute("data-lookup-placeholder"));
        Assert.Equal([string.Empty], plain.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));

        var unit = tree.OwnUnits[7];
        var filtered = await client.GetDocumentAsync($"/Facilities?unitId={unit.Id}");
        var select = filtered.QuerySelector("select#unitId")!;
        var options = select.QuerySelectorAll("option").ToList();
        Assert.Equal(2, options.Count);
        Assert.Equal(unit.Id.ToString(CultureInfo.InvariantCulture), options[1].GetAttribute("value"));
        Assert.True(options[1].HasAttribute("selected"));
        Assert.Equal($"—— {unit.Name} ({unit.Code})", options[1].TextContent);
        Assert.True(select.HasAttribute("data-autosubmit"));
        var names = filtered.QuerySelectorAll("[data-testid=facilities] tbody a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([tree.FacilityOf[unit.Id]], names);
    }

    [Fact]
    public async Task EveryUnitFilter_AndTheBoardsDirectives_AndThePlansFacilities_ArePickers()
    {
        await factory.TreeAsync();
        var client = await SignedInAsync(DemoAccounts.Office);
        var failures = new List<string>();
        foreach (var (url, select, lookup) in new[]
        {
            ("/Actions", "unitId", "/Lookup/Units"), ("/Difficulties", "unitId", "/Lookup/Units"),
            ("/Dissemination", "unitId", "/Lookup/Units"), ("/Equipment", "unitId", "/Lookup/Units"),
            ("/Equipment/Checks", "unitId", "/Lookup/Units"), ("/Facilities", "unitId", "/Lookup/Units"),
            ("/Incidents", "unitId", "/Lookup/Units"), ("/Inspections", "unitId", "/Lookup/Units"),
            ("/Inspections/Findings", "unitId", "/Lookup/Units"), ("/Plans", "unitId", "/Lookup/Units"),
            ("/Plans/Drills", "unitId", "/Lookup/Units"), ("/RiskPoints", "unitId", "/Lookup/Units"),
            ("/Tasks", "unitId", "/Lookup/Units"), ("/Training", "unitId", "/Lookup/Units"),
            ("/Tasks", "directiveId", "/Lookup/Directives"), ("/Plans", "facilityId", "/Lookup/Facilities"),
        })
        {
            var element = (await client.GetDocumentAsync(url)).QuerySelector($"select#{select}");
            var count = element?.QuerySelectorAll("option").Length;
            if (element?.GetAttribute("data-lookup") != lookup || count != 1)
            {
                failures.Add($"{url} #{select}: data-lookup={element?.GetAttribute("data-lookup")}, {count} options");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task BoardAndPlans_StillFilter_ByAPickedDirectiveOrFacility_AndShowIt()
    {
        var tree = await factory.TreeAsync();
        var client = await SignedInAsync(DemoAccounts.Office);

        var board = await client.GetDocumentAsync($"/Tasks?directiveId={tree.DirectiveId}");
        var directive = board.QuerySelectorAll("select#directiveId option").ToList();
        Assert.Equal(2, directive.Count);
        Assert.Equal(tree.DirectiveNumber, directive[1].TextContent);
        Assert.True(directive[1].HasAttribute("selected"));

        var plans = await client.GetDocumentAsync($"/Plans?facilityId={tree.FacilityId}");
        var facility = plans.QuerySelectorAll("select#facilityId option").ToList();
        Assert.Equal(2, facility.Count);
        Assert.Equal("Kho Hòa Bình 000", facility[1].TextContent);
        Assert.True(facility[1].HasAttribute("selected"));
    }

    [Fact]
    public async Task UnitSearch_MatchesWithoutDiacritics_AtMostMaxResults_InTreeOrder()
    {
        var tree = await factory.TreeAsync();
        var client = await SignedInAsync(DemoAccounts.Office);

        var many = await LookupAsync(client, "/Lookup/Units?q=to%20pccc%20hoa%20binh");
        Assert.Equal(Picker.MaxResults, many.Count);
        Assert.All(many, m => Assert.Contains("Tổ PCCC Hòa Bình", m.Text, StringComparison.Ordinal));

        var one = await LookupAsync(client, $"/Lookup/Units?q={tree.OwnUnits[42].Code.ToLowerInvariant()}");
        Assert.Equal([(tree.OwnUnits[42].Id, $"—— {tree.OwnUnits[42].Name} ({tree.OwnUnits[42].Code})")], one.Select(m => (m.Id, m.Text)));

        var outside = await LookupAsync(client, "/Lookup/Units?q=ngoai%20pham%20vi");
        Assert.Equal(tree.OtherUnits.Select(u => u.Id).Order(), outside.Select(m => m.Id).Order());
        Assert.Empty(await LookupAsync(client, "/Lookup/Units?q="));
        Assert.Empty(await LookupAsync(client, "/Lookup/Units?q=khong%20co%20don%20vi%20nao"));
    }

    [Fact]
    public async Task UnitHead_FindsOnlyTheUnitsAndFacilitiesOfTheirScope()
    {
        var tree = await factory.TreeAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        var others = tree.OtherUnits.Select(u => u.Id).ToHashSet();

        // The same words find the other unit's sub-units for the office, never for the unit head.
        Assert.NotEmpty(await LookupAsync(office, "/Lookup/Units?q=hoa%20binh%20ngoai"));
        Assert.Empty(await LookupAsync(head, "/Lookup/Units?q=hoa%20binh%20ngoai"));
        Assert.Empty(await LookupAsync(head, "/Lookup/Units?q=tgpl"));
        var own = await LookupAsync(head, "/Lookup/Units?q=hoa%20binh");
        Assert.Equal(Picker.MaxResults, own.Count);
        Assert.DoesNotContain(own, m => others.Contains(m.Id));

        Assert.NotEmpty(await LookupAsync(office, "/Lookup/Facilities?q=kho%20ngoai%20pham%20vi"));
        Assert.Empty(await LookupAsync(head, "/Lookup/Facilities?q=kho%20ngoai%20pham%20vi"));
        var facilities = await LookupAsync(head, "/Lookup/Facilities?q=kho%20hoa%20binh");
        Assert.Equal(Picker.MaxResults, facilities.Count);
        Assert.All(facilities, f => Assert.Contains(f.Text, tree.FacilityOf.Values));

        // The unit head's own list is a picker too (their subtree is larger than the threshold).
        var list = await head.GetDocumentAsync("/Facilities");
        Assert.Equal("/Lookup/Units", list.QuerySelector("select#unitId")!.GetAttribute("data-lookup"));
    }

    [Fact]
    public async Task DirectiveAndFacilitySearch_MatchWithoutDiacritics()
    {
        var tree = await factory.TreeAsync();
        var client = await SignedInAsync(DemoAccounts.Office);

        var directives = await LookupAsync(client, "/Lookup/Directives?q=kh-dpc");
        Assert.Equal(Picker.MaxResults, directives.Count);
        var exact = await LookupAsync(client, $"/Lookup/Directives?q={Uri.EscapeDataString(TextFoldingOf(tree.DirectiveNumber))}");
        Assert.Contains((tree.DirectiveId, tree.DirectiveNumber), exact.Select(d => (d.Id, d.Text)));

        var facility = await LookupAsync(client, "/Lookup/Facilities?q=kho%20hoa%20binh%20007");
        Assert.Equal(["Kho Hòa Bình 007"], facility.Select(f => f.Text));
    }

    [Theory]
    [InlineData("/Lookup/Units?q=hoa")]
    [InlineData("/Lookup/Directives?q=kh")]
    [InlineData("/Lookup/Facilities?q=kho")]
    public async Task Searches_RefuseAnonymousUsers(string url)
    {
        var response = await factory.CreateAppClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string TextFoldingOf(string text) => Core.Common.TextFolding.Fold(text);

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private static async Task<List<Match>> LookupAsync(PageClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<List<Match>>(await response.Content.ReadAsStringAsync(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record Match(int Id, string Text);
}

/// <summary>Below <see cref="Picker.Threshold"/> (the demo department) the drop-downs are sent whole, as before.</summary>
public sealed class SmallListTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task BelowTheThreshold_TheUnitFilterListsEveryUnit_WithoutAPicker()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);
        int units;
        await using (var scope = factory.Database())
        {
            units = await scope.Db.Units.CountAsync();
        }

        foreach (var url in new[] { "/RiskPoints", "/Tasks", "/Plans" })
        {
            var document = await client.GetDocumentAsync(url);
            Assert.Empty(document.QuerySelectorAll("select[data-lookup]"));
            Assert.Equal(units + 1, document.QuerySelectorAll("select#unitId option").Length);
        }

        Assert.True(units is > 1 and <= Picker.Threshold);
    }
}

/// <summary>
/// The demo data plus, once, <see cref="OwnCount"/> sub-units (with a facility each) under the
/// UnitHead's unit, a few under another unit, and <see cref="DirectiveCount"/> directives of this year.
/// </summary>
public sealed class PickerFactory : FireSafetyFactory
{
    public const int OwnCount = Picker.Threshold + 10;

    public const int DirectiveCount = Picker.Threshold + 5;

    private readonly Lazy<Task<Tree>> _tree;

    public PickerFactory() => _tree = new(CreateAsync);

    public sealed record Tree(List<Unit> OwnUnits, List<Unit> OtherUnits, Dictionary<int, string> FacilityOf, int FacilityId, int DirectiveId, string DirectiveNumber);

    /// <summary>The tree, created on first use.</summary>
    public Task<Tree> TreeAsync() => _tree.Value;

    private async Task<Tree> CreateAsync()
    {
        await using var scope = Database();
        var db = scope.Db;
        var own = await db.Units.SingleAsync(u => u.Code == DemoAccounts.UnitHead.UnitCode);
        var other = await db.Units.SingleAsync(u => u.Code == DemoAccounts.OtherUnitHead.UnitCode);
        var ownUnits = await TestUnits.AddChildrenAsync(db, own, OwnCount, i => ($"HB{i:000}", $"Tổ PCCC Hòa Bình {i:000}"));
        var otherUnits = await TestUnits.AddChildrenAsync(db, other, 3, i => ($"NG{i}", $"Tổ PCCC Hòa Bình ngoài phạm vi {i}"));

        var facilities = ownUnits.Select((u, i) => new Facility { UnitId = u.Id, Name = $"Kho Hòa Bình {i:000}", Address = "Số 1 Lê Lợi" }).ToList();
        db.Facilities.AddRange(facilities);
        db.Facilities.Add(new Facility { UnitId = otherUnits[0].Id, Name = "Kho ngoài phạm vi", Address = "Số 2 Lê Lợi" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var directives = Enumerable.Range(1, DirectiveCount)
            .Select(i => new Directive { Number = $"{i}/KH-ĐPC", Kind = "Kế hoạch", Subject = "Phòng cháy", IssuedOn = today, CreatedAtUtc = DateTime.UtcNow })
            .ToList();
        db.Directives.AddRange(directives);
        await db.SaveChangesAsync();
        return new Tree(ownUnits, otherUnits, facilities.ToDictionary(f => f.UnitId, f => f.Name), facilities[0].Id, directives[12].Id, directives[12].Number);
    }
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Security;

/// <summary>AC5: docs/permissions.md is the role × page matrix, and the code answers as it says.</summary>
public sealed partial class PermissionsMatrixTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static readonly string[] RoleColumns = [Roles.Admin, Roles.Office, Roles.Leader, Roles.UnitHead];

    private static readonly HashSet<string> AnonymousOrActionOnlyPages =
        ["/Account/Login", "/Account/LoginWith2fa", "/Account/AccessDenied", "/Account/Logout", "/Error", "/StatusCode", "/Culture"];

    [Fact]
    public void EveryPage_IsInTheMatrix()
    {
        var documented = Matrix().Select(r => PathOnly(r.Page)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pages = EndpointList.All(factory.Services)
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + IdParameter().Replace(e.RoutePattern.RawText ?? string.Empty, "{x}"))
            .Select(p => p.EndsWith("/Index", StringComparison.Ordinal) ? p[..^"/Index".Length] : p)
            .Select(p => p.Length == 0 ? "/" : p)
            .Where(p => !AnonymousOrActionOnlyPages.Contains(p))
            .Distinct()
            .ToList();

        var missing = pages.Where(p => !documented.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "Pages missing from docs/permissions.md:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task EveryRole_GetsExactlyWhatTheMatrixSays()
    {
        var rows = Matrix();
        Assert.True(rows.Count >= 10, "the matrix was not read");
        var placeholders = await PlaceholdersAsync();
        var failures = new List<string>();

        for (var column = 0; column < RoleColumns.Length; column++)
        {
            var account = DemoAccounts.All.First(a => a.Role == RoleColumns[column]);
            var client = new PageClient(factory.CreateAppClient());
            await client.SignInAsync(account);
            foreach (var row in rows)
            {
                var url = placeholders.Aggregate(row.Page, (u, p) => u.Replace(p.Key, p.Value, StringComparison.Ordinal));
                var expectedAllowed = row.Cells[column] is "✓" or "own";
                var response = await client.Http.GetAsync(url);
                var allowed = IsAllowed(response);
                if (allowed != expectedAllowed)
                {
                    failures.Add($"{account.Role} GET {url}: expected {(expectedAllowed ? "allowed" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsAllowed(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var target = response.Headers.Location?.OriginalString ?? string.Empty;
            return !target.Contains("/Account/AccessDenied", StringComparison.Ordinal) && !target.Contains("/Account/Login", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>The matrix placeholders ({facility}, {item}, …) with records of the UnitHead's own unit.</summary>
    internal static Task<Dictionary<string, string>> PlaceholdersAsync(FireSafetyFactory factory) => new PermissionsMatrixTests(factory).PlaceholdersAsync();

    private async Task<Dictionary<string, string>> PlaceholdersAsync()
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        var ownUnit = DemoAccounts.UnitHead.UnitCode;
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["{facility}"] = Id(await db.Facilities.Where(f => f.Unit!.Code == ownUnit).Select(f => f.Id).FirstAsync()),
            ["{area}"] = Id(await db.Areas.Where(a => a.Facility!.Unit!.Code == ownUnit).Select(a => a.Id).FirstAsync()),
            ["{unit}"] = Id(await db.Units.Where(u => u.Code == "DGTS").Select(u => u.Id).SingleAsync()),
            ["{user}"] = await db.Users.Where(u => u.Email == DemoAccounts.Leader.Email).Select(u => u.Id).SingleAsync(),
            ["{directive}"] = Id(await TestDirectives.OfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync())),
            ["{assignment}"] = await Tasks.TaskTestData.AssignmentOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{inspection}"] = await Inspections.InspectionTestData.InspectionOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{ownunit}"] = Id(await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{template}"] = Id(await Inspections.InspectionTestData.PublishedTemplateIdAsync(db)),
            ["{draftitem}"] = await Inspections.InspectionTestData.DraftItemAsync(db),
            ["{draftsection}"] = await Inspections.InspectionTestData.DraftSectionAsync(db),
            ["{action}"] = await Actions.ActionTestData.ActionOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{difficulty}"] = await Tasks.TaskTestData.DifficultyOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{summary}"] = await SummaryIdAsync(db),
            ["{incident}"] = await Incidents.IncidentTestData.OfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{item}"] = await Equipment.EquipmentTestData.ItemOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{plan}"] = await Plans.PlanTestData.PlanOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{drill}"] = await Plans.PlanTestData.DrillOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{dissemination}"] = await Training.TrainingTestData.ActivityOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{training}"] = await Training.TrainingTestData.RecordOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{riskpoint}"] = await RiskPoints.RiskPointTestData.PointOfUnitAsync(db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync()),
            ["{file}"] = (await TestEvidence.FileOfUnitAsync(scope.Services, db, await db.Units.Where(u => u.Code == ownUnit).Select(u => u.Id).SingleAsync())).ToString(),
        };
    }

    /// <summary>An annual summary (organisation-wide; created on first use).</summary>
    private static async Task<string> SummaryIdAsync(FireSafety.Core.Data.FireSafetyDbContext db)
    {
        var id = await db.AnnualSummaries.OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var summary = new FireSafety.Core.Reporting.AnnualSummary { Year = 2025, Revision = 1 };
            db.AnnualSummaries.Add(summary);
            await db.SaveChangesAsync();
            id = summary.Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed record Row(string Page, string[] Cells);

    internal static List<Row> Matrix()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "permissions.md"));
        var rows = new List<Row>();
        foreach (var line in text.Split('\n'))
        {
            var match = MatrixRow().Match(line);
            if (match.Success)
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries)[2..^1];
                rows.Add(new Row(match.Groups["page"].Value, cells));
            }
        }

        return rows;
    }

    internal static string PathOnly(string page)
    {
        var path = page.Split('?')[0];
        return Regex.Replace(path, @"\{[a-z]+\}", "{x}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FireSafety.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FireSafety.sln not found above the test output");
    }

    [GeneratedRegex(@"^\|\s*`(?<page>/[^`]*)`\s*\|")]
    private static partial Regex MatrixRow();

    [GeneratedRegex(@"\{[a-zA-Z]+(:[a-z]+)?\??\}")]
    private static partial Regex IdParameter();
}

using System.Net;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Admin;
using FireSafety.IntegrationTests.Security;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Twenty unit heads at once, each saving checklist answers and a task progress report in
/// parallel on the real SQLite database: no error response and every write is there afterwards.
/// </summary>
public sealed class LoadTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private const int People = 20;
    private const int AnswersEach = 8;

    [Fact]
    public async Task TwentyUnitHeads_SavingAtOnce_GetNoErrors_AndLoseNoWrites()
    {
        var people = new List<(PageClient Client, int Inspection, List<int> Items, int Assignment)>();
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            var unit = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            for (var i = 0; i < People; i++)
            {
                var user = await factory.CreateUserAsync(Roles.UnitHead, "HCTP", $"Trưởng đơn vị {i}");
                var client = new PageClient(factory.CreateAppClient());
                await client.SignInAsync(user.Email, user.Password);
                var inspection = await UploadCountingTests.DraftInspectionAsync(scope.Db, "HCTP");
                var template = await scope.Db.Inspections.Where(x => x.Id == inspection).Select(x => x.TemplateId).SingleAsync();
                var items = await scope.Db.ChecklistItems.Where(x => x.Section!.TemplateId == template).OrderBy(x => x.Id).Select(x => x.Id).Take(AnswersEach).ToListAsync();
                var assignment = (await TaskTestData.AssignmentAsync(scope.Db, directive, unit, new DateOnly(2030, 1, 1))).Id;
                people.Add((client, inspection, items, assignment));
            }
        }

        var statuses = await Task.WhenAll(people.Select(p => Task.Run(async () =>
        {
            var results = new List<HttpStatusCode>();
            var token = (await p.Client.GetDocumentAsync($"/Inspections/Fill/{p.Inspection}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var item in p.Items)
            {
                results.Add((await UploadCountingTests.AnswerAsync(p.Client, p.Inspection, item, token, file: null, version: 0)).StatusCode);
            }

            results.Add((await p.Client.SubmitMultipartAsync($"/Tasks/Details/{p.Assignment}", "form[data-testid=progress-form]", new Dictionary<string, string?> { ["Progress.Text"] = "Đã kiểm tra." })).StatusCode);
            return results;
        })));

        var errors = statuses.SelectMany(s => s).Where(s => s != HttpStatusCode.Redirect).ToList();
        Assert.True(errors.Count == 0, "error responses: " + string.Join(", ", errors.Select(e => (int)e)));
        await using var check = factory.Database();
        foreach (var p in people)
        {
            Assert.Equal(AnswersEach, await check.Db.InspectionAnswers.IgnoreQueryFilters().CountAsync(a => a.InspectionId == p.Inspection));
            Assert.Equal(1, await check.Db.AssignmentEntries.IgnoreQueryFilters().CountAsync(e => e.AssignmentId == p.Assignment && e.Text == "Đã kiểm tra."));
        }
    }
}

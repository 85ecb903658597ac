using System.Net;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Admin;
using FireSafety.IntegrationTests.Security;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public Task TwentyUnitHeads_SavingAtOnce_GetNoErrors_AndLoseNoWrites() => RunAsync(factory, factory.CreateAppClient);

    /// <summary>
    /// The parallel saves of <see cref="People"/> unit heads through clients made by <paramref name="newClient"/>;
    /// every response a redirect, every write in the database afterwards.
    /// </summary>
    internal static async Task RunAsync(FireSafetyFactory factory, Func<HttpClient> newClient)
    {
        var people = new List<(PageClient Client, int Inspection, List<int> Items, int Assignment)>();
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            var unit = await TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            for (var i = 0; i < People; i++)
            {
                var user = await factory.CreateUserAsync(Roles.UnitHead, "HCTP", $"Trưởng đơn vị {i}");
                var client = new PageClient(newClient());
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

/// <summary>
/// The same load on Kestrel listening on a loopback port (real sockets, real connection handling),
/// not the in-process test server. Plain http on 127.0.0.1, so the cookies are not marked Secure.
/// </summary>
public sealed class KestrelLoadTests(KestrelLoadTests.Factory factory) : IClassFixture<KestrelLoadTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            With("Security:SecureCookies", "false");
            UseKestrel(0);
        }

        /// <summary>A client of the Kestrel server's loopback address (the server starts on first use).</summary>
        public HttpClient CreateLoopbackClient()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(a => new Uri(a)).First(a => a.IsLoopback);
            // A socket client of its own: the factory's client options (no redirects) do not apply to Kestrel.
            return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = address };
        }
    }

    [Fact]
    public async Task TwentyUnitHeads_OnKestrelOverLoopback_GetNoErrors_AndLoseNoWrites()
    {
        using var probe = factory.CreateLoopbackClient();
        Assert.True(probe.BaseAddress!.IsLoopback && probe.BaseAddress.Port > 0, $"not a loopback port: {probe.BaseAddress}");
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        await LoadTests.RunAsync(factory, factory.CreateLoopbackClient);
    }
}

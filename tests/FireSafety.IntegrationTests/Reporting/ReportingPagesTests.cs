using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Reporting;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using FireSafety.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Reporting;

public sealed class ReportingPagesTests(ReportingPagesTests.Factory factory) : IClassFixture<ReportingPagesTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        // 10 December 2026, 09:00 in Hà Nội.
        public Factory() => Time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 10, 2, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Office_Compiles_WritesTheNarrative_Submits_LeaderApproves_OfficeRecordsSent_AndDownloadsBothFiles()
    {
        await using (var scope = factory.Database())
        {
            var directive = await TaskTestData.DirectiveAsync(scope.Db);
            await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "HCTP"), new DateOnly(2026, 11, 15));
            await TaskTestData.AssignmentAsync(scope.Db, directive, await TaskTestData.UnitIdAsync(scope.Db, "TGPL"), new DateOnly(2026, 12, 20));
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var requested = await office.SubmitAsync("/Reporting?year=2026", new Dictionary<string, string?>(), "form[data-testid=compile-form]");
        Assert.Equal("/Reporting?year=2026", requested.RedirectTarget());
        var waiting = await office.GetDocumentAsync("/Reporting?year=2026");
        Assert.NotNull(waiting.QuerySelector("[data-testid=run-progress] progress"));
        Assert.False(await ProgressDoneAsync(office));

        Assert.Equal(1, await factory.Services.GetRequiredService<AnnualSummaryJob>().RunPendingAsync(CancellationToken.None));
        Assert.True(await ProgressDoneAsync(office));
        var list = await office.GetDocumentAsync("/Reporting?year=2026");
        Assert.Null(list.QuerySelector("[data-testid=run-progress]"));
        Assert.Equal("Succeeded", list.QuerySelector("[data-testid=runs] tbody tr")!.GetAttribute("data-outcome"));
        var details = list.QuerySelector("[data-testid=revision-link]")!.GetAttribute("href")!;

        // Every task figure equals the count of the list it links to.
        var page = await office.GetDocumentAsync(details);
        var taskFigures = page.QuerySelectorAll("[data-testid=figure][data-key^='tasks/']");
        Assert.Equal(5, taskFigures.Length);
        foreach (var figure in taskFigures)
        {
            var link = figure.QuerySelector("a[data-testid=figure-value]")!;
            var board = await office.GetDocumentAsync(link.GetAttribute("href")!);
            var counts = board.QuerySelectorAll("[data-testid=task-counts] a").Where(a => a.GetAttribute("data-testid") != "count-Submitted")
                .ToDictionary(a => a.GetAttribute("data-testid")!, a => int.Parse(a.QuerySelector("[data-testid=count-value]")!.TextContent.Trim(), CultureInfo.InvariantCulture));
            var status = new Uri("https://x" + link.GetAttribute("href")).Query.Split('&').FirstOrDefault(p => p.StartsWith("status=", StringComparison.Ordinal))?[7..];
            var expected = status is null ? counts.Values.Sum() : counts[$"count-{status}"];
            Assert.Equal(expected, int.Parse(link.TextContent.Trim(), CultureInfo.InvariantCulture));
        }

        Assert.Equal("1", page.QuerySelector("[data-key='tasks/overdue'] [data-testid=figure-value]")!.TextContent.Trim());

        var saved = await office.SubmitAsync(details, new Dictionary<string, string?>
        {
            ["Narrative.Assessment"] = "Các đơn vị thực hiện nghiêm túc.",
            ["Narrative.Direction"] = "Tiếp tục tự kiểm tra hằng tháng.",
            ["Narrative.Proposals"] = "Đề nghị tập huấn nghiệp vụ.",
        }, "form[data-testid=narrative-form]");
        Assert.Equal(details, saved.RedirectTarget());

        var leader = await SignedInAsync(DemoAccounts.Leader);
        Assert.Null((await leader.GetDocumentAsync(details)).QuerySelector("[data-testid=approve-form]"));
        Assert.Equal(details, (await office.SubmitAsync(details, new Dictionary<string, string?>(), "form[data-testid=submit-form]")).RedirectTarget());
        Assert.Null((await office.GetDocumentAsync(details)).QuerySelector("[data-testid=approve-form]"));
        Assert.Equal(details, (await leader.SubmitAsync(details, new Dictionary<string, string?>(), "form[data-testid=approve-form]")).RedirectTarget());

        var missing = await office.SubmitAsync(details, new Dictionary<string, string?> { ["Send.Number"] = "", ["Send.SentOn"] = "2026-12-12" }, "form[data-testid=send-form]");
        Assert.Equal("Vui lòng nhập số văn bản đi.", (await missing.DocumentAsync()).FieldError("Send.Number"));
        Assert.Equal(details, (await office.SubmitAsync(details, new Dictionary<string, string?> { ["Send.Number"] = "05/BC-STP", ["Send.SentOn"] = "2026-12-12" }, "form[data-testid=send-form]")).RedirectTarget());

        await using (var scope = factory.Database())
        {
            var summary = await scope.Db.AnnualSummaries.SingleAsync(s => s.Year == 2026);
            Assert.Equal((SummaryStatus.Sent, "05/BC-STP", "Các đơn vị thực hiện nghiêm túc."), (summary.Status, summary.SentNumber, summary.Assessment));
            Assert.True(SummaryWorkflow.IsIntact(summary));
        }

        var docx = await office.Http.GetAsync(new Uri(details + "?handler=Docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Số: 05/BC-STP", text, StringComparison.Ordinal);
            Assert.Contains("Kết quả công tác phòng cháy, chữa cháy năm 2026", text, StringComparison.Ordinal);
            Assert.Contains("Các đơn vị thực hiện nghiêm túc.", text, StringComparison.Ordinal);
        }

        var pdf = await office.Http.GetAsync(new Uri(details + "?handler=Pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedSummary_RefusesNarrativeEdits_UnitHeadIsRefused_LeaderCannotCompile()
    {
        int id;
        await using (var scope = factory.Database())
        {
            var summary = new AnnualSummary { Year = 2024, FiguresJson = SummarySnapshot.Serialize(new SummaryFigures(2024, DateTime.UtcNow, [], [], [], [])), Assessment = "Cũ" };
            SummaryWorkflow.Submit(summary, "vanphong", DateTime.UtcNow);
            SummaryWorkflow.Approve(summary, "lanhdao", DateTime.UtcNow);
            scope.Db.AnnualSummaries.Add(summary);
            await scope.Db.SaveChangesAsync();
            id = summary.Id;
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var url = $"/Reporting/Details/{id}";
        Assert.Null((await office.GetDocumentAsync(url)).QuerySelector("[data-testid=narrative-form]"));
        var refused = await office.PostAsync(url + "?handler=Narrative", new Dictionary<string, string?> { ["Narrative.Assessment"] = "Mới", ["Version"] = "1" }, url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Chỉ sửa được báo cáo đang soạn thảo.", (await refused.DocumentAsync()).QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);
        await using (var scope = factory.Database())
        {
            Assert.Equal("Cũ", (await scope.Db.AnnualSummaries.SingleAsync(s => s.Id == id)).Assessment);
        }

        var head = await SignedInAsync(DemoAccounts.UnitHead);
        Assert.Contains("/Account/AccessDenied", (await head.Http.GetAsync(new Uri("/Reporting", UriKind.Relative))).RedirectTarget(), StringComparison.Ordinal);

        var leader = await SignedInAsync(DemoAccounts.Leader);
        Assert.Null((await leader.GetDocumentAsync("/Reporting")).QuerySelector("[data-testid=compile-form]"));
        var compile = await leader.PostAsync("/Reporting?handler=Compile&year=2026", new Dictionary<string, string?>(), "/Reporting");
        Assert.Contains("/Account/AccessDenied", compile.RedirectTarget(), StringComparison.Ordinal);
    }

    private static async Task<bool> ProgressDoneAsync(PageClient client)
    {
        using var json = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri("/Reporting?handler=Progress&year=2026", UriKind.Relative)));
        return json.RootElement.GetProperty("done").GetBoolean();
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

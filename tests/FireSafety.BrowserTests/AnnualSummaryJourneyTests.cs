using System.Globalization;
using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using FireSafety.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The annual summary's journey: the office requests a compile and watches the progress bar until
/// the background job (run here in the host, where jobs are otherwise off) finishes; it writes the
/// assessment and submits; a leader approves; the office records the outgoing number and date and
/// downloads the Word and PDF files. Screenshots of the details page at 1280 and 360 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnualSummaryJourneyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task OfficeCompiles_WritesAndSubmits_LeaderApproves_OfficeRecordsSent_AndDownloadsBothFiles()
    {
        BrowserRequirement.Check();
        var year = DateTime.UtcNow.AddHours(7).Year;
        await using var office = await fixture.NewSessionAsync();
        await office.SignInAsync(DemoAccounts.Office);
        var o = office.Page;
        o.Dialog += (_, dialog) => dialog.AcceptAsync();

        await o.GotoAsync($"/Reporting?year={year}");
        await o.Locator("[data-testid=compile-form] button").ClickAsync();
        var progress = o.Locator("[data-testid=run-progress] progress");
        await Expect(progress).ToBeVisibleAsync();
        await Expect(o.Locator("[data-testid=compile-form] button")).ToBeDisabledAsync();
        await o.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "summary-0-compiling.png"), FullPage = true });

        // The page polls; the job runs now, in the same host, and the page reloads when it is done.
        Assert.Equal(1, await fixture.Services.GetRequiredService<AnnualSummaryJob>().RunPendingAsync(CancellationToken.None));
        await Expect(o.Locator("[data-testid=run-progress]")).ToHaveCountAsync(0, new() { Timeout = 15000 });
        await Expect(o.Locator("[data-testid=runs] tbody tr").First).ToHaveAttributeAsync("data-outcome", "Succeeded");
        await o.Locator("[data-testid=revision-link]").First.ClickAsync();
        await Expect(o).ToHaveURLAsync(new Regex(@"/Reporting/Details/\d+$"));
        var details = new Uri(o.Url).AbsolutePath;
        await Expect(o.Locator("[data-testid=section][data-key=equipment]")).ToBeVisibleAsync();

        await o.Locator("#Narrative_Assessment").FillAsync("Các đơn vị thực hiện nghiêm túc việc tự kiểm tra và bảo dưỡng phương tiện.");
        await o.Locator("[data-testid=narrative-form] button[type=submit]").ClickAsync();
        await Expect(o.Locator("#Narrative_Assessment")).ToHaveValueAsync("Các đơn vị thực hiện nghiêm túc việc tự kiểm tra và bảo dưỡng phương tiện.");
        await o.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "summary-1-details-1280.png"), FullPage = true });
        await o.Locator("[data-testid=submit-form] button").ClickAsync();
        await Expect(o.Locator("[data-testid=summary-status]")).ToHaveTextAsync("Chờ phê duyệt");

        await using (var leader = await fixture.NewSessionAsync())
        {
            await leader.SignInAsync(DemoAccounts.Leader);
            leader.Page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await leader.Page.GotoAsync(details);
            await leader.Page.Locator("[data-testid=approve-form] button").ClickAsync();
            await Expect(leader.Page.Locator("[data-testid=summary-status]")).ToHaveTextAsync("Đã phê duyệt");
            leader.AssertNoConsoleErrors();
        }

        await o.ReloadAsync();
        await o.Locator("#Send_Number").FillAsync("05/BC-STP");
        await o.Locator("#Send_SentOn").FillAsync($"{year}-12-28");
        await o.Locator("[data-testid=send-form] button[type=submit]").ClickAsync();
        await Expect(o.Locator("[data-testid=summary-status]")).ToHaveTextAsync("Đã gửi");
        await Expect(o.Locator("[data-testid=sent]")).ToContainTextAsync($"05/BC-STP, 28/12/{year}");
        await o.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "summary-2-sent-1280.png"), FullPage = true });

        var docx = await o.RunAndWaitForDownloadAsync(() => o.Locator("[data-testid=download-docx]").ClickAsync());
        var pdf = await o.RunAndWaitForDownloadAsync(() => o.Locator("[data-testid=download-pdf]").ClickAsync());
        Assert.Equal($"bao-cao-pccc-{year}-ban-1.docx", docx.SuggestedFilename);
        Assert.Equal($"bao-cao-pccc-{year}-ban-1.pdf", pdf.SuggestedFilename);
        var docxBytes = await File.ReadAllBytesAsync((await docx.PathAsync())!);
        var pdfBytes = await File.ReadAllBytesAsync((await pdf.PathAsync())!);
        Assert.True(docxBytes.Length > 5_000, $"the .docx has only {docxBytes.Length} bytes");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(docxBytes, 0, 2));
        Assert.True(pdfBytes.Length > 10_000, $"the PDF has only {pdfBytes.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 4));
        office.AssertNoConsoleErrors();

        await using var phone = await fixture.NewSessionAsync(360, 740);
        await phone.SignInAsync(DemoAccounts.Office);
        await phone.Page.GotoAsync(details);
        await Expect(phone.Page.Locator("[data-testid=summary-status]")).ToHaveTextAsync("Đã gửi");
        var overflow = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-summary-details.png"), FullPage = true });
        Assert.True(overflow <= 0, string.Create(CultureInfo.InvariantCulture, $"{details} scrolls sideways by {overflow}px on a 360px phone"));
        phone.AssertNoConsoleErrors();
    }
}

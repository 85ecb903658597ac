using System.Globalization;
using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The directives issue end to end in a browser: the office imports the seed letter, reviews and
/// confirms it and assigns its tasks; a unit head on a 360 px phone reports progress with a photo and
/// submits; the office returns it once, then accepts it; the board's counts follow.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DirectiveJourneyTests(BrowserFixture fixture)
{
    private static readonly string SeedLetter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "757-STP-VP.txt"));

    [SkippableFact]
    public async Task Office_ImportsAndAssigns_UnitHeadReportsOnAPhone_OfficeReturnsThenAccepts_BoardCountsFollow()
    {
        BrowserRequirement.Check();
        await using var office = await fixture.NewSessionAsync(1280, 900);
        await office.SignInAsync(DemoAccounts.Office);
        var o = office.Page;
        o.Dialog += (_, dialog) => dialog.AcceptAsync();

        // Import: paste the letter, read it, fill the one-off tasks' due dates, attach the scan, confirm.
        await o.GotoAsync("/Directives/Import");
        await o.Locator("#Text").FillAsync(SeedLetter);
        await o.Locator("form[data-testid=import-text] button[type=submit]").ClickAsync();
        await Expect(o.Locator("[data-testid=review-task]")).ToHaveCountAsync(5);
        await Expect(o.Locator("input[name='Input.Number']")).ToHaveValueAsync("757/STP-VP");
        var due = DateTime.UtcNow.AddHours(7).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dueInputs = o.Locator("[data-testid=review-task] input[type=date]");
        for (var i = 0; i < await dueInputs.CountAsync(); i++)
        {
            if (await dueInputs.Nth(i).IsEnabledAsync() && await dueInputs.Nth(i).IsVisibleAsync())
            {
                await dueInputs.Nth(i).FillAsync(due);
            }
        }

        await o.Locator("#OriginalFile").SetInputFilesAsync(new FilePayload { Name = "757-STP-VP-scan.png", MimeType = "image/png", Buffer = TestEvidence.Png });
        await Shot(o, "journey-1-office-review");
        await o.Locator("form[data-testid=import-review] button[type=submit]").ClickAsync();
        await Expect(o).ToHaveURLAsync(DetailsUrl());
        var directiveId = DetailsUrl().Match(o.Url).Groups[1].Value;
        await Expect(o.Locator("[data-testid=original-link]")).ToHaveTextAsync("757-STP-VP-scan.png");

        await o.Locator("form[data-testid=assign-all] button").ClickAsync();
        await Expect(o.Locator(".alert-success")).ToContainTextAsync("Đã giao");
        await Shot(o, "journey-2-office-assigned");

        var board = $"/Tasks?directiveId={directiveId}";
        await o.GotoAsync(board);
        var withinTerm = await CountAsync(o, "WithinTerm");
        Assert.True(withinTerm > 0, "the assigned tasks are within their term");
        Assert.Equal(0, await CountAsync(o, "DoneOnTime"));

        // The unit head, on a phone: the bell, the unit's list, one assignment, a report with a photo, done.
        await using var head = await fixture.NewSessionAsync(360, 740);
        await head.SignInAsync(DemoAccounts.UnitHead);
        var h = head.Page;
        h.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Expect(h.Locator("[data-testid=notification-count]").First).ToBeVisibleAsync();
        await h.GotoAsync($"/Tasks?directiveId={directiveId}");
        await Shot(h, "journey-3-unithead-tasks-360");
        await h.Locator("[data-testid=assignment] a").First.ClickAsync();
        await Expect(h).ToHaveURLAsync(new Regex(@"/Tasks/Details/\d+$"));
        var assignmentUrl = new Uri(h.Url).AbsolutePath;
        await h.Locator("#Progress_Text").FillAsync("Đã phổ biến Kết luận 02-KL/TW tại cuộc họp giao ban đơn vị.");
        await h.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "hop-giao-ban.png", MimeType = "image/png", Buffer = TestEvidence.Png });
        await h.Locator("form[data-testid=progress-form] button[type=submit]").ClickAsync();
        await Expect(h.Locator("[data-testid=evidence-link]")).ToHaveTextAsync("hop-giao-ban.png");
        await h.Locator("form[data-testid=submit-form] button").ClickAsync();
        await Expect(h.Locator("[data-testid=workflow-status]")).ToHaveTextAsync("Chờ duyệt");
        await Shot(h, "journey-4-unithead-submitted-360");
        Assert.Equal(0, await h.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));

        // The office returns it with a reason.
        await o.GotoAsync(assignmentUrl);
        await o.Locator("#Return_Reason").FillAsync("Đề nghị bổ sung danh sách người tham dự.");
        await o.Locator("form[data-testid=return-form] button").ClickAsync();
        await Expect(o.Locator("[data-testid=workflow-status]")).ToHaveTextAsync("Bị trả lại");
        await Shot(o, "journey-5-office-returned");

        // The unit head sees why, adds what was asked, and submits again.
        await h.GotoAsync(assignmentUrl);
        await Expect(h.Locator("[data-testid=return-reason]")).ToHaveTextAsync("Đề nghị bổ sung danh sách người tham dự.");
        await h.Locator("#Progress_Text").FillAsync("Bổ sung: 12 người tham dự, danh sách kèm theo.");
        await h.Locator("form[data-testid=progress-form] button[type=submit]").ClickAsync();
        await h.Locator("form[data-testid=submit-form] button").ClickAsync();
        await Expect(h.Locator("[data-testid=workflow-status]")).ToHaveTextAsync("Chờ duyệt");

        // The office accepts; the board moves one assignment from "within term" to "done on time".
        await o.GotoAsync(assignmentUrl);
        await o.Locator("form[data-testid=accept-form] button").ClickAsync();
        await Expect(o.Locator("[data-testid=status]")).ToContainTextAsync("Hoàn thành đúng hạn");
        await Shot(o, "journey-6-office-accepted");
        await o.GotoAsync(board);
        Assert.Equal(1, await CountAsync(o, "DoneOnTime"));
        Assert.Equal(withinTerm - 1, await CountAsync(o, "WithinTerm"));
        await Shot(o, "journey-7-board");

        office.AssertNoConsoleErrors();
        head.AssertNoConsoleErrors();
    }

    [GeneratedRegex(@"/Directives/Details/(\d+)$")]
    private static partial Regex DetailsUrl();

    private static async Task<int> CountAsync(IPage page, string filter) =>
        int.Parse((await page.Locator($"[data-testid=count-{filter}] [data-testid=count-value]").TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
}

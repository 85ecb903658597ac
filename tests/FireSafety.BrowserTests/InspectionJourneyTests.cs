using System.Text.RegularExpressions;
using FireSafety.Core.Common;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The self-inspection journey on a 360 px phone: a unit head fills the checklist (every answer
/// saved as given, one critical item failed with a note and a photo) and submits; the corrective
/// action appears; the head reports it fixed with a photo; the office verifies it; the coverage
/// view shows the month inspected. Screenshots of each step are saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InspectionJourneyTests(BrowserFixture fixture)
{
    private static readonly FilePayload Photo = new() { Name = "anh-o-cam.png", MimeType = "image/png", Buffer = TestEvidence.Png };

    [SkippableFact]
    public async Task UnitHead_InspectsOnAPhone_FixesTheCriticalFinding_OfficeVerifies_CoverageShowsTheMonth()
    {
        BrowserRequirement.Check();
        await using var head = await fixture.NewSessionAsync(360, 740);
        head.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await head.SignInAsync(DemoAccounts.UnitHead);

        // Start: the head's unit has one facility, so the form opens on it.
        await StartAsync(head.Page);

        // Every item answered through htmx, each its own saved request.
        var codes = await head.Page.Locator("form[data-testid=item]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.code)");
        Assert.Equal(26, codes.Length);
        foreach (var code in codes.Where(c => c != "B1"))
        {
            await AnswerAsync(head.Page, code, "Pass");
        }

        await AnswerAsync(head.Page, "B1", "Fail");
        await SaveAsync(head.Page, () => head.Page.Locator("#item-B1-note").FillAsync("Ổ cắm nối tạm ở phòng lưu trữ.").ContinueWith(_ => head.Page.Locator("#item-B1-note").BlurAsync()).Unwrap());
        await SaveAsync(head.Page, () => head.Page.Locator("#item-B1-photo").SetInputFilesAsync(Photo));
        await Expect(head.Page.Locator("#item-B1 [data-testid=photo]")).ToHaveCountAsync(1);

        // A reload (the phone dropped the page) shows every answer kept.
        await head.Page.ReloadAsync();
        await Expect(head.Page.Locator("[data-testid=progress]")).ToContainTextAsync("26/26");
        await head.Page.ScreenshotAsync(new() { Path = Shot("inspection-fill"), FullPage = false });
        await head.Page.Locator("form[data-testid=submit-form] button[type=submit]").ClickAsync();
        await Expect(head.Page).ToHaveURLAsync(new Regex("/Inspections/Details/\\d+$"));
        await Expect(head.Page.Locator("[data-testid=score]")).ToHaveTextAsync("25/26 (96%)");
        await head.Page.ScreenshotAsync(new() { Path = Shot("inspection-details"), FullPage = true });

        // The critical failure opened a corrective action; the head fixes it with a photo.
        await head.Page.Locator("[data-testid=finding][data-code=B1] [data-testid=finding-action]").ClickAsync();
        await Expect(head.Page.Locator("[data-testid=status]")).ToHaveAttributeAsync("data-status", "Open");
        await head.Page.Locator("#Fix_Note").FillAsync("Đã thay ổ cắm cố định, bỏ dây nối tạm.");
        await head.Page.Locator("#Files").SetInputFilesAsync(Photo);
        await head.Page.Locator("form[data-testid=fix-form] button[type=submit]").ClickAsync();
        await Expect(head.Page.Locator("[data-testid=status]")).ToHaveAttributeAsync("data-status", "Fixed");
        await Expect(head.Page.Locator("[data-testid=evidence-link]")).ToHaveCountAsync(1);
        await head.Page.ScreenshotAsync(new() { Path = Shot("action-fixed"), FullPage = true });
        var actionUrl = head.Page.Url;
        AssertFits(await Overflow(head.Page));
        head.AssertNoConsoleErrors();

        // The office verifies it, then sees the month inspected on the coverage view.
        await using var office = await fixture.NewSessionAsync(360, 740);
        office.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await office.SignInAsync(DemoAccounts.Office);
        await office.Page.GotoAsync(actionUrl);
        await office.Page.Locator("form[data-testid=verify-form] button[type=submit]").ClickAsync();
        await Expect(office.Page.Locator("[data-testid=status]")).ToHaveAttributeAsync("data-status", "Verified");
        await office.Page.ScreenshotAsync(new() { Path = Shot("action-verified"), FullPage = true });

        var month = VietnamTime.Today(TimeProvider.System).Month;
        await office.Page.GotoAsync($"/Inspections/Coverage?year={VietnamTime.Today(TimeProvider.System).Year}");
        await Expect(office.Page.Locator($"tr[data-unit=HCTP] td[data-month='{month}']")).ToHaveAttributeAsync("data-state", "Inspected");
        await office.Page.ScreenshotAsync(new() { Path = Shot("inspection-coverage"), FullPage = true });
        office.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task AnswersGivenOffline_SurviveAClosedPage_AndAreSentWhenTheFormOpensAgain()
    {
        BrowserRequirement.Check();
        await using var head = await fixture.NewSessionAsync(360, 740);
        await head.SignInAsync(DemoAccounts.UnitHead);
        await StartAsync(head.Page);
        var fillUrl = head.Page.Url;
        await AnswerAsync(head.Page, "A1", "Pass");

        // The connection drops, B1 is answered, and the page is closed before it returns.
        await head.Context.SetOfflineAsync(true);
        await head.Page.Locator("label[for='item-B1-Fail']").ClickAsync();
        await head.Page.Locator("#item-B1-note").FillAsync("Ổ cắm nối tạm, ghi khi mất mạng.");
        await head.Page.Locator("#item-B1-note").BlurAsync();
        await Expect(head.Page.Locator("#item-B1 [data-unsaved]")).ToBeVisibleAsync();
        await Expect(head.Page.Locator("[data-testid=pending]")).ToContainTextAsync("B1");
        await head.Page.ScreenshotAsync(new() { Path = Shot("inspection-offline"), FullPage = false });
        await head.Page.CloseAsync();

        // Back online, the form opens on another item (one at a time): B1 is sent from the phone's store.
        await head.Context.SetOfflineAsync(false);
        var page = await head.Context.NewPageAsync();
        await page.GotoAsync($"{fillUrl}?i=1");
        await Expect(page.Locator("[data-testid=pending]")).ToBeHiddenAsync();
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).filter(k => k.startsWith('firesafety.inspection.')).length === 0");

        // Again on the list: C1 answered offline, the page closed, the list opened again.
        await page.GotoAsync(fillUrl);
        await page.Context.SetOfflineAsync(true);
        await page.Locator("label[for='item-C1-Pass']").ClickAsync();
        await Expect(page.Locator("[data-testid=pending]")).ToContainTextAsync("C1");
        await page.CloseAsync();
        await head.Context.SetOfflineAsync(false);
        page = await head.Context.NewPageAsync();
        await page.GotoAsync(fillUrl);
        await Expect(page.Locator("#item-C1 [data-testid=item-saved]")).ToBeVisibleAsync();

        // What the server has: both answers, nothing left waiting on the phone.
        await page.ReloadAsync();
        await Expect(page.Locator("#item-B1")).ToHaveAttributeAsync("data-result", "Fail");
        await Expect(page.Locator("#item-B1-note")).ToHaveValueAsync("Ổ cắm nối tạm, ghi khi mất mạng.");
        await Expect(page.Locator("#item-C1")).ToHaveAttributeAsync("data-result", "Pass");
        Assert.Equal(0, await PendingCountAsync(page));
    }

    private static Task<int> PendingCountAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('firesafety.inspection.')).length");

    private static async Task StartAsync(IPage page)
    {
        await page.GotoAsync("/Inspections");
        await page.Locator("[data-testid=start-link]").ClickAsync();
        await page.Locator("#Input_Inspectors").FillAsync("Nguyễn Văn An, Trưởng phòng");
        await page.Locator("form[data-testid=start-form] button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(FillUrl());
    }

    private static async Task AnswerAsync(IPage page, string code, string result) =>
        await SaveAsync(page, () => page.Locator($"label[for='item-{code}-{result}']").ClickAsync());

    /// <summary>Does something that makes htmx save the item, and waits for the server's answer.</summary>
    private static async Task SaveAsync(IPage page, Func<Task> action)
    {
        var response = await page.RunAndWaitForResponseAsync(action, r => r.Url.Contains("handler=Answer", StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal(200, response.Status);
    }

    private static Task<int> Overflow(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private static void AssertFits(int overflow) => Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px on a 360px phone");

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"phone-{name}.png");

    [GeneratedRegex("/Inspections/Fill/\\d+$")]
    private static partial Regex FillUrl();
}

using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The equipment round trip as a unit's staff would do it: print the label sheet, scan a label
/// (open its QR URL) on a 360 px phone, record a failed check, and find the corrective action it opened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EquipmentBrowserTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task LabelSheet_Prints_AndAFailedCheckThroughTheQrUrl_OpensACorrectiveAction()
    {
        BrowserRequirement.Check();

        // The label sheet, on a desktop, printed to an A4 PDF.
        await using var desk = await fixture.NewSessionAsync();
        await desk.SignInAsync(DemoAccounts.UnitHead);
        var sheet = await desk.Page.GotoAsync("/Equipment/Labels");
        Assert.Equal(200, sheet?.Status);
        var labels = desk.Page.Locator("[data-testid=label]");
        Assert.True(await labels.CountAsync() >= 1, "the demo unit has no labels to print");
        Assert.True(await labels.First.Locator("img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR image did not load");
        await desk.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "equipment-labels.png"), FullPage = true });
        await desk.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await desk.Page.PdfAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "equipment-labels.pdf"), Format = "A4", PrintBackground = true });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        var url = await labels.First.GetAttributeAsync("data-url");
        var code = (await labels.First.Locator(".code").TextContentAsync())!.Trim();
        Assert.Matches(new Regex("/Equipment/Check/\\d+$"), url!);
        desk.AssertNoConsoleErrors();

        // Scanning the label on a phone opens that item's quick check.
        await using var phone = await fixture.NewSessionAsync(360, 740);
        await phone.SignInAsync(DemoAccounts.UnitHead);
        var check = await phone.Page.GotoAsync(url!);
        Assert.Equal(200, check?.Status);
        await Expect(phone.Page.Locator("[data-testid=item-code]")).ToHaveTextAsync(code);
        var overflow = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the check page scrolls sideways by {overflow}px on a 360px phone");

        await phone.Page.Locator("[data-point=GaugeGreen]").UncheckAsync();
        await phone.Page.Locator("#Input_Note").FillAsync("Kim đồng hồ ở vùng đỏ, cần nạp lại");
        await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-equipment-check.png"), FullPage = true });
        await phone.Page.Locator("[data-testid=save-check]").ClickAsync();

        await Expect(phone.Page).ToHaveURLAsync(new Regex("/Equipment/Details/\\d+$"));
        await Expect(phone.Page.Locator("[data-testid=status]")).ToHaveTextAsync("Cần sửa chữa");
        await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-equipment-failed-check.png"), FullPage = true });
        await phone.Page.Locator("[data-testid=check-action]").First.ClickAsync();

        await Expect(phone.Page).ToHaveURLAsync(new Regex("/Actions/Details/\\d+$"));
        await Expect(phone.Page.Locator("main")).ToContainTextAsync(code);
        await Expect(phone.Page.Locator("main")).ToContainTextAsync("Đồng hồ áp suất ở vùng xanh");
        await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-equipment-action.png"), FullPage = true });
        phone.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task Register_FitsAPhone()
    {
        BrowserRequirement.Check();
        await using var phone = await fixture.NewSessionAsync(360, 740);
        await phone.SignInAsync(DemoAccounts.UnitHead);

        foreach (var path in new[] { "/Equipment", "/Equipment/Create", "/Equipment/Import" })
        {
            var response = await phone.Page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            var overflow = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"phone-unithead{path.Replace('/', '-').ToLowerInvariant()}.png"), FullPage = true });
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px on a 360px phone");
        }

        phone.AssertNoConsoleErrors();
    }
}

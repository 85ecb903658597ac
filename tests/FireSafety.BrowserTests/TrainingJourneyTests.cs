using System.Globalization;
using System.Text.RegularExpressions;
using FireSafety.Core.Common;
using FireSafety.Core.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// A unit head on a 360 px phone records a dissemination session on Conclusion 02-KL/TW and a
/// training record whose certificate expires soon, and sees the warning badge on the register.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingJourneyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task UnitHead_RecordsASession_AndATrainingRecord_AndSeesTheExpiryWarning()
    {
        BrowserRequirement.Check();
        await using var phone = await fixture.NewSessionAsync(360, 740);
        await phone.SignInAsync(DemoAccounts.UnitHead);
        var page = phone.Page;

        // A dissemination session: the unit and today are preselected, the topic suggests KL 02.
        await page.GotoAsync("/Dissemination");
        await page.Locator("[data-testid=add-activity]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Dissemination/Create$"));
        await Expect(page.Locator("#Input_Topic")).ToHaveValueAsync("Kết luận số 02-KL/TW");
        await page.Locator("#Input_Form").SelectOptionAsync("Meeting");
        await page.Locator("#Input_Topic").FillAsync("Phổ biến Kết luận số 02-KL/TW tại cuộc họp cơ quan");
        await page.Locator("#Input_Attendees").FillAsync("16");
        await AssertFitsAsync(page, "dissemination form");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-dissemination-create.png"), FullPage = true });
        await page.Locator("button[type=submit].btn-danger").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Dissemination$"));
        await Expect(page.Locator("[data-testid=activities]")).ToContainTextAsync("Phổ biến Kết luận số 02-KL/TW tại cuộc họp cơ quan");
        await Expect(page.Locator("[data-testid=activities]")).ToContainTextAsync("16 người tham dự");
        await AssertFitsAsync(page, "dissemination list");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-dissemination-list.png"), FullPage = true });

        // A training record whose certificate expires in ten days.
        var today = VietnamTime.Today(TimeProvider.System);
        await page.GotoAsync("/Training");
        await page.Locator("[data-testid=add-record]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Training/Create$"));
        await page.Locator("#Input_PersonName").FillAsync("Nguyễn Văn Hậu");
        await page.Locator("#Input_Position").FillAsync("Đội viên đội PCCC cơ sở");
        await page.Locator("#Input_CourseName").FillAsync("Huấn luyện nghiệp vụ PCCC và CNCH");
        await page.Locator("#Input_Provider").FillAsync("Công an tỉnh Hà Tĩnh");
        await page.Locator("#Input_CompletedOn").FillAsync(today.AddYears(-5).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Input_CertificateNumber").FillAsync("321/CN-PC07");
        await page.Locator("#Input_CertificateExpiresOn").FillAsync(today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await AssertFitsAsync(page, "training form");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-training-create.png"), FullPage = true });
        await page.Locator("button[type=submit].btn-danger").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Training$"));
        var row = page.Locator("[data-testid=record]", new() { HasText = "Nguyễn Văn Hậu" });
        await Expect(row.Locator("[data-testid=certificate-status]")).ToHaveTextAsync("Sắp hết hạn");
        await Expect(row).ToHaveClassAsync(new Regex("list-group-item-warning"));
        await Expect(page.Locator("[data-testid=expiring-count]")).ToBeVisibleAsync();
        await AssertFitsAsync(page, "training list");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-training-expiring.png"), FullPage = true });

        // The warning link lists the expiring certificates.
        await page.Locator("[data-testid=expiring-count]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("status=Expiring"));
        await Expect(page.Locator("[data-testid=records]")).ToContainTextAsync("Nguyễn Văn Hậu");
        phone.AssertNoConsoleErrors();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the {what} scrolls sideways by {overflow}px on a 360px phone");
    }
}

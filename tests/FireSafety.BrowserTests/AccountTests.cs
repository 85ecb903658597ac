using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Login_WithWrongPassword_ShowsVietnameseError()
    {
        BrowserRequirement.Check();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync(DemoAccounts.Leader.Email);
        await page.Locator("#Input_Password").FillAsync("sai-mat-khau-1");
        await page.Locator("[data-testid=login-form] button[type=submit]").ClickAsync();

        await Expect(page.Locator("[data-testid=login-form] .alert-danger")).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        session.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task FooterLanguageButton_SwitchesToEnglish()
    {
        BrowserRequirement.Check();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/Account/Login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");

        await page.Locator("[data-testid=culture-switch] button[value=en-US]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        var cookies = await session.Context.CookiesAsync();
        var culture = Assert.Single(cookies, c => c.Name == ".AspNetCore.Culture");
        Assert.Contains("en-US", Uri.UnescapeDataString(culture.Value), StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task UnitHead_SeesOnlyTheirUnitsFacilities()
    {
        BrowserRequirement.Check();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(DemoAccounts.UnitHead);

        await page.GotoAsync("/Facilities");

        var table = page.Locator("[data-testid=facilities]");
        await Expect(table).ToContainTextAsync("Khu làm việc Phòng Hành chính tư pháp");
        await Expect(table).Not.ToContainTextAsync("Trụ sở Trung tâm Trợ giúp pháp lý nhà nước");
        session.AssertNoConsoleErrors();
    }
}

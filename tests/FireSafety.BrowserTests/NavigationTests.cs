using FireSafety.Core.Users;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>Each role signs in through the login page and sees its own navigation, on a phone and a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    private static readonly string[] RegisterLinks = ["facilities", "equipment", "risk-points", "plans", "dissemination", "training"];
    private static readonly string[] AdminLinks = ["admin-units", "admin-users", "admin-audit"];

    /// <summary>Below Bootstrap's xl breakpoint (1200px) the nav is collapsed behind the toggler.</summary>
    private const int CollapsedBelowWidth = 1200;

    private static readonly Dictionary<string, DemoAccounts.Account> Accounts = new()
    {
        ["admin"] = DemoAccounts.Admin,
        ["office"] = DemoAccounts.Office,
        ["leader"] = DemoAccounts.Leader,
        ["unithead"] = DemoAccounts.UnitHead,
        ["otherunithead"] = DemoAccounts.OtherUnitHead,
    };

    public static TheoryData<string, int, int> Cases()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var role in Accounts.Keys)
        {
            data.Add(role, 360, 740);
            data.Add(role, 1280, 800);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task SignIn_ShowsTheRolesOwnNavigation(string role, int width, int height)
    {
        BrowserRequirement.Check();
        var account = Accounts[role];
        await using var session = await fixture.NewSessionAsync(width, height);
        var page = session.Page;

        await session.SignInAsync(account);

        await Expect(page.Locator("[data-testid=my-unit]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{role}-{width}.png") });

        var toggler = page.Locator("button.navbar-toggler");
        if (width < CollapsedBelowWidth)
        {
            await Expect(page.Locator("[data-nav=home]")).ToBeHiddenAsync();
            await toggler.ClickAsync();
        }
        else
        {
            await Expect(toggler).ToBeHiddenAsync();
        }

        await Expect(page.Locator("[data-nav=home]")).ToBeVisibleAsync();

        // The registers are grouped in one menu, so the bar stays on one line on a desktop.
        await page.Locator("[data-nav-group=registers]").ClickAsync();
        foreach (var link in RegisterLinks)
        {
            await Expect(page.Locator($"[data-nav='{link}']")).ToBeVisibleAsync();
        }

        await page.Locator("[data-nav-group=registers]").ClickAsync();
        await page.Locator("[data-nav-group=reports]").ClickAsync();
        await Expect(page.Locator("[data-nav=incidents]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-nav=difficulties]")).ToBeVisibleAsync();
        await page.Locator("[data-nav-group=reports]").ClickAsync();
        if (width >= CollapsedBelowWidth)
        {
            // One line, and everything (the user's menu last) within the window.
            var bar = await page.Locator("nav.navbar").BoundingBoxAsync();
            Assert.True(bar!.Height < 80, $"the navigation bar wraps onto several lines at {width}px ({bar.Height}px high)");
            var menu = await page.Locator("[data-testid=user-menu]").BoundingBoxAsync();
            Assert.True(menu!.X + menu.Width <= width, $"the user's menu ends at {menu.X + menu.Width}px, outside the {width}px window");
        }

        if (account.Role == Roles.Admin)
        {
            await page.Locator("[data-nav-group=admin]").ClickAsync();
        }

        foreach (var link in AdminLinks)
        {
            var locator = page.Locator($"[data-nav='{link}']");
            if (account.Role == Roles.Admin)
            {
                await Expect(locator).ToBeVisibleAsync();
            }
            else
            {
                await Expect(locator).ToHaveCountAsync(0);
            }
        }

        session.AssertNoConsoleErrors();
    }
}

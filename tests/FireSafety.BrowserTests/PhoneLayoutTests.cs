using FireSafety.Core.Users;

namespace FireSafety.BrowserTests;

/// <summary>
/// Every main page fits a 360 px phone: no sideways scrolling, no console (CSP) errors. Each page
/// is saved as a screenshot for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "admin", "/Admin/Units" },
        { "admin", "/Admin/Units/Create" },
        { "admin", "/Admin/Users" },
        { "admin", "/Admin/Users/Create" },
        { "admin", "/Admin/Audit" },
        { "admin", "/Account/TwoFactor" },
        { "office", "/Facilities" },
        { "office", "/Facilities/Create" },
        { "unithead", "/Facilities" },
        { "unithead", "/Account/ChangePassword" },
        { "office", "/Directives" },
        { "office", "/Directives/Import" },
        { "office", "/Directives/Create" },
        { "office", "/Tasks" },
        { "unithead", "/Tasks" },
        { "unithead", "/Notifications" },
        { "office", "/Actions" },
        { "office", "/Inspections" },
        { "office", "/Inspections/Coverage" },
        { "office", "/Inspections/Templates" },
        { "unithead", "/Inspections" },
        { "unithead", "/Inspections/Start" },
        { "unithead", "/Actions" },
    };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_FitsAPhone_WithoutConsoleErrors(string role, string path)
    {
        BrowserRequirement.Check();
        var account = role switch
        {
            "admin" => DemoAccounts.Admin,
            "office" => DemoAccounts.Office,
            _ => DemoAccounts.UnitHead,
        };
        await using var session = await fixture.NewSessionAsync(360, 740);
        await session.SignInAsync(account);

        var response = await session.Page.GotoAsync(session.BaseUrl + path);

        Assert.Equal(200, response?.Status);
        var overflow = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var name = $"phone-{role}{path.Replace('/', '-').ToLowerInvariant()}.png";
        await session.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name), FullPage = true });
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px on a 360px phone");
        session.AssertNoConsoleErrors();
    }
}

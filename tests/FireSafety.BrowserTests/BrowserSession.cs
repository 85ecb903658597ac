using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>One browser context and page, with the console errors it logged (CSP violations among them).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];

    public BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{message.Text} ({message.Location} on {page.Url})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add($"uncaught: {error} (on {page.Url})");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Signs in through the login page (and the two-factor page for the Admin), as a person would.</summary>
    public async Task SignInAsync(DemoAccounts.Account account)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.Locator("#Input_Email").FillAsync(account.Email);
        await Page.Locator("#Input_Password").FillAsync(account.Password);
        await Page.Locator("[data-testid=login-form] button[type=submit]").ClickAsync();

        if (account.Role == Roles.Admin)
        {
            await Expect(Page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa", RegexOptions.IgnoreCase));
            await Page.Locator("#Input_Code").FillAsync(Totp.Code(TestDatabase.AdminAuthenticatorKey, DateTimeOffset.UtcNow));
            await Page.Locator("main form button[type=submit]").ClickAsync();
        }

        await Expect(Page).ToHaveURLAsync(BaseUrl + "/");
    }

    /// <summary>Fails with every console error the pages logged, if any.</summary>
    public void AssertNoConsoleErrors()
    {
        string[] errors;
        lock (_consoleErrors)
        {
            errors = [.. _consoleErrors];
        }

        Assert.True(errors.Length == 0, $"The browser console logged {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

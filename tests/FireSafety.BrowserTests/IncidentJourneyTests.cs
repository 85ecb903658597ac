using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The incident journey on a 360 px phone: a unit head files a quick report with a photo; the
/// office sees the notification, completes the record and adds a follow-up. Screenshots of each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class IncidentJourneyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task UnitHeadReportsFromAPhone_OfficeIsNotified_CompletesTheRecord_AndAddsAFollowUp()
    {
        BrowserRequirement.Check();
        var summary = $"Khói ở kho lưu trữ, đã ngắt điện ({Guid.NewGuid().ToString("N")[..6]})";

        await using (var unitHead = await fixture.NewSessionAsync(360, 740))
        {
            await unitHead.SignInAsync(DemoAccounts.UnitHead);
            var page = unitHead.Page;
            await page.GotoAsync("/Incidents");
            await Shot(unitHead, "incident-0-register");
            await page.Locator("[data-testid=quick-report-link]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Incidents/Report$"));
            await page.Locator("label[for=type-Fire]").ClickAsync();
            await page.Locator("#Input_Place").FillAsync("Kho lưu trữ, tầng 1");
            await page.Locator("#Input_Summary").FillAsync(summary);
            await page.Locator("#Photo").SetInputFilesAsync(new FilePayload { Name = "hien-truong.png", MimeType = "image/png", Buffer = TestEvidence.Png });
            await Shot(unitHead, "incident-1-quick-report-form");

            await page.Locator("[data-testid=send-quick-report]").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/Incidents/Details/\d+$"));
            await Expect(page.Locator("[data-testid=incident-summary]")).ToHaveTextAsync(summary);
            await Expect(page.Locator("[data-testid=photo-link]")).ToHaveTextAsync("hien-truong.png");
            await Shot(unitHead, "incident-2-quick-report-sent");
            unitHead.AssertNoConsoleErrors();
        }

        await using var office = await fixture.NewSessionAsync(360, 740);
        await office.SignInAsync(DemoAccounts.Office);
        var p = office.Page;
        // The bell shows both in the collapsed menu and beside it on phones.
        await Expect(p.Locator("[data-testid=notification-count]:visible")).ToHaveCountAsync(1);
        await p.GotoAsync("/Notifications");
        var notification = p.Locator("[data-testid=notification] a", new() { HasTextString = summary });
        await Expect(notification).ToBeVisibleAsync();
        await Shot(office, "incident-3-office-notified");
        await notification.ClickAsync();
        await Expect(p).ToHaveURLAsync(new Regex(@"/Incidents/Details/\d+$"));

        await p.Locator("[data-testid=edit-record]").ClickAsync();
        var occurred = await p.Locator("#Input_OccurredAt").InputValueAsync();
        await p.Locator("#Input_DetectedAt").FillAsync(occurred);
        await p.Locator("#Input_Injured").FillAsync("1");
        await p.Locator("#Input_PropertyLostVnd").FillAsync("15000000");
        await p.Locator("#Input_CauseId").SelectOptionAsync(new SelectOptionValue { Label = "01 — Sự cố hệ thống, thiết bị điện" });
        await p.Locator("label[for=Input_OnSiteForces]").ClickAsync();
        await Shot(office, "incident-4-office-record-form");
        await p.Locator("[data-testid=save-record]").ClickAsync();

        await Expect(p.Locator("[data-testid=record-state]")).ToHaveTextAsync("Đã hoàn thiện hồ sơ");
        await Expect(p.Locator("[data-testid=property-lost]")).ToHaveTextAsync("15.000.000 đ");
        await AddFollowUpAsync(p);
        await Shot(office, "incident-5-office-record-completed");
        office.AssertNoConsoleErrors();
    }

    private static async Task AddFollowUpAsync(IPage page)
    {
        await page.Locator("[data-testid=follow-up-panel] summary").ClickAsync();
        await page.Locator("#FollowUp_Title").FillAsync("Thay ổ cắm kéo dài ở kho lưu trữ");
        await page.Locator("#FollowUp_OwnerName").FillAsync("Trưởng phòng Hành chính tư pháp");
        await page.Locator("#FollowUp_DueOn").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=follow-up-form] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=follow-up] a")).ToHaveTextAsync("Thay ổ cắm kéo dài ở kho lưu trữ");
        await Expect(page.Locator("[data-testid=timeline] [data-testid=entry][data-kind=FollowUp]")).ToHaveCountAsync(1);
    }

    private static async Task Shot(BrowserSession session, string name)
    {
        var overflow = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await session.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"phone-{name}.png"), FullPage = true });
        Assert.True(overflow <= 0, $"{session.Page.Url} scrolls sideways by {overflow}px on a 360px phone");
    }
}

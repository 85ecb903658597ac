using System.Text.RegularExpressions;
using FireSafety.Core.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// The "4 tại chỗ" plan journey on a 360 px phone: a unit head drafts a plan with a scenario and a
/// contact, the office approves it, the head records a drill, the list shows the plan drilled this
/// year, and the plan downloads as a Word file. Screenshots of each step are saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PlanJourneyTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task UnitHeadDrafts_OfficeApproves_DrillIsRecorded_ListShowsDrilledThisYear_AndTheDocxDownloads()
    {
        BrowserRequirement.Check();
        var title = $"Phương án tầng 2 ({Guid.NewGuid().ToString("N")[..6]})";

        // The unit head drafts the plan on a phone.
        await using var head = await fixture.NewSessionAsync(360, 740);
        await head.SignInAsync(DemoAccounts.UnitHead);
        await head.Page.GotoAsync("/Plans");
        await head.Page.Locator("[data-testid=create-plan]").ClickAsync();
        await head.Page.Locator("#Input_FacilityId").SelectOptionAsync(new SelectOptionValue { Label = "Khu làm việc Phòng Hành chính tư pháp" });
        await head.Page.Locator("#Input_Title").FillAsync(title);
        await head.Page.Locator("#Input_CommandSection").FillAsync("- Chỉ huy: Trưởng phòng Phạm Thị Hồng\n- Khi vắng: Phó Trưởng phòng");
        await head.Page.Locator("#Input_ForcesSection").FillAsync("Công chức của phòng có mặt tại tầng 2");
        await head.Page.Locator("#Input_EquipmentSection").FillAsync("- 2 bình bột MFZ4 ở hành lang");
        await head.Page.Locator("#Input_LogisticsSection").FillAsync("Nước từ bể ngầm, tủ thuốc sơ cứu");
        await head.Page.Locator("#Input_Scenarios_0__AreaName").FillAsync("Kho hồ sơ hộ tịch");
        await head.Page.Locator("#Input_Scenarios_0__DuringWorkingHours").SelectOptionAsync("false");
        await head.Page.Locator("#Input_Scenarios_0__Description").FillAsync("Cháy do chập điện ngoài giờ làm việc");
        await head.Page.Locator("#Input_Contacts_0__Role").FillAsync("Chỉ huy chữa cháy tại chỗ");
        await head.Page.Locator("#Input_Contacts_0__Name").FillAsync("Phạm Thị Hồng");
        await head.Page.Locator("#Input_Contacts_0__Phone").FillAsync("0912 345 678");
        AssertFits(await Overflow(head.Page), "the plan form");
        await head.Page.ScreenshotAsync(new() { Path = Shot("plan-form"), FullPage = true });
        await head.Page.Locator("[data-testid=save-plan]").ClickAsync();
        await Expect(head.Page).ToHaveURLAsync(DetailsUrl());
        await Expect(head.Page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("Đang soạn thảo");
        await Expect(head.Page.Locator("[data-testid=approve-plan]")).ToHaveCountAsync(0);
        var planUrl = head.Page.Url;
        head.AssertNoConsoleErrors();

        // The office approves it.
        await using var office = await fixture.NewSessionAsync(360, 740);
        await office.SignInAsync(DemoAccounts.Office);
        await office.Page.GotoAsync(planUrl);
        await office.Page.Locator("[data-testid=approve-plan]").ClickAsync();
        await Expect(office.Page.Locator("#Input_ApprovedBy")).ToHaveValueAsync(new Regex("Trần Thị Kiều Oanh"));
        await office.Page.ScreenshotAsync(new() { Path = Shot("plan-approve"), FullPage = true });
        await office.Page.Locator("[data-testid=confirm-approve]").ClickAsync();
        await Expect(office.Page).ToHaveURLAsync(planUrl);
        await Expect(office.Page.Locator("[data-testid=plan-status]")).ToHaveTextAsync("Đã phê duyệt");
        office.AssertNoConsoleErrors();

        // The head records a drill; the plan shows drilled this year.
        await head.Page.GotoAsync(planUrl);
        await Expect(head.Page.Locator("[data-testid=drilled-this-year]")).ToHaveTextAsync("Chưa diễn tập");
        await head.Page.Locator("[data-testid=record-drill]").ClickAsync();
        await head.Page.Locator("#Input_Scenario").FillAsync("Cháy kho hồ sơ hộ tịch ngoài giờ làm việc");
        await head.Page.Locator("#Input_ParticipantCount").FillAsync("14");
        await head.Page.Locator("#Input_PoliceParticipated").CheckAsync();
        await head.Page.Locator("#Input_Evaluation").FillAsync("Triển khai kịp thời.");
        AssertFits(await Overflow(head.Page), "the drill form");
        await head.Page.ScreenshotAsync(new() { Path = Shot("plan-drill"), FullPage = true });
        await head.Page.Locator("[data-testid=save-drill]").ClickAsync();
        await Expect(head.Page).ToHaveURLAsync(planUrl);
        await Expect(head.Page.Locator("[data-testid=drilled-this-year]")).ToHaveTextAsync("Đã diễn tập");
        await Expect(head.Page.Locator("[data-testid=drill-row]")).ToHaveCountAsync(1);
        AssertFits(await Overflow(head.Page), "the plan details");
        await head.Page.ScreenshotAsync(new() { Path = Shot("plan-details"), FullPage = true });

        // The Word file downloads.
        var download = await head.Page.RunAndWaitForDownloadAsync(() => head.Page.Locator("[data-testid=download-docx]").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, "phone-plan.docx");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "the download is not a .docx (zip) file");

        // The list shows the plan drilled this year.
        await head.Page.GotoAsync("/Plans");
        var row = head.Page.Locator("[data-testid=plan-row]", new() { HasText = title });
        await Expect(row.Locator("[data-testid=drilled]")).ToHaveTextAsync("Có");
        AssertFits(await Overflow(head.Page), "the plan list");
        await head.Page.ScreenshotAsync(new() { Path = Shot("plan-list"), FullPage = true });
        head.AssertNoConsoleErrors();
    }

    private static Task<int> Overflow(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private static void AssertFits(int overflow, string what) =>
        Assert.True(overflow <= 0, $"{what} scrolls sideways by {overflow}px on a 360px phone");

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"phone-{name}.png");

    [GeneratedRegex("/Plans/Details/\\d+$")]
    private static partial Regex DetailsUrl();
}

using System.Text.RegularExpressions;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// A province-sized tree (more units than a drop-down sends whole, ADR 0094), on its own app so the
/// other browser tests keep the demo data: the office types part of a unit's name without
/// diacritics into the unit picker, picks the unit, and the list filters — on a desktop by choosing
/// from the drop-down, on a 360 px phone with Enter. Screenshots are saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PickerBrowserTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Office_TypesAUnitWithoutDiacritics_PicksIt_AndTheListFilters()
    {
        BrowserRequirement.Check();
        await using var app = new FireSafetyFactory().With("Security:SecureCookies", "false");
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var baseUrl = $"http://127.0.0.1:{address.Port}";
        await AddUnitsAsync(app, 160);

        // Desktop: type, choose from the drop-down; the unit filter submits itself.
        await using (var desk = await SessionAsync(baseUrl, 1280, 800))
        {
            await desk.SignInAsync(DemoAccounts.Office);
            await desk.Page.GotoAsync("/Facilities");
            var select = desk.Page.Locator("select#unitId");
            await Expect(select.Locator("option")).ToHaveCountAsync(1);
            var search = desk.Page.Locator("input[data-lookup-search=unitId]");
            await Expect(search).ToHaveAttributeAsync("placeholder", "Gõ để tìm đơn vị…");
            await search.FillAsync("hoa binh 012");
            await Expect(select.Locator("option")).ToHaveCountAsync(2);
            await Expect(desk.Page.Locator("[data-lookup-status=unitId]")).ToContainTextAsync("1 kết quả");
            await desk.Page.ScreenshotAsync(new() { Path = Shot("picker-desktop-search") });
            await select.SelectOptionAsync(new SelectOptionValue { Label = "—— Tổ PCCC Hòa Bình 012 (HB012)" });

            await Expect(desk.Page).ToHaveURLAsync(new Regex(@"/Facilities\?.*unitId=\d+"));
            await Expect(desk.Page.Locator("[data-testid=facilities] tbody a")).ToHaveTextAsync(["Kho Hòa Bình 012"]);
            await Expect(select.Locator("option[selected]")).ToHaveTextAsync("—— Tổ PCCC Hòa Bình 012 (HB012)");
            await desk.Page.ScreenshotAsync(new() { Path = Shot("picker-desktop-filtered") });
            desk.AssertNoConsoleErrors();
        }

        // Phone: type, Enter takes the first match; nothing scrolls sideways.
        await using var phone = await SessionAsync(baseUrl, 360, 740);
        await phone.SignInAsync(DemoAccounts.Office);
        await phone.Page.GotoAsync("/RiskPoints");
        var phoneSearch = phone.Page.Locator("input[data-lookup-search=unitId]");
        await phoneSearch.FillAsync("TO PCCC HOA BINH 137");
        await Expect(phone.Page.Locator("select#unitId option")).ToHaveCountAsync(2);
        await phone.Page.ScreenshotAsync(new() { Path = Shot("phone-picker-search"), FullPage = true });
        var overflow = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the list scrolls sideways by {overflow}px on a 360px phone");
        await phoneSearch.PressAsync("Enter");

        await Expect(phone.Page).ToHaveURLAsync(new Regex(@"/RiskPoints\?.*unitId=\d+"));
        await Expect(phone.Page.Locator("select#unitId option[selected]")).ToHaveTextAsync("—— Tổ PCCC Hòa Bình 137 (HB137)");
        await phone.Page.ScreenshotAsync(new() { Path = Shot("phone-picker-filtered"), FullPage = true });
        phone.AssertNoConsoleErrors();
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png");

    private async Task<BrowserSession> SessionAsync(string baseUrl, int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        return new BrowserSession(context, await context.NewPageAsync(), baseUrl);
    }

    /// <summary>Sub-units "Tổ PCCC Hòa Bình 000…" of the UnitHead's unit, a facility each.</summary>
    private static async Task AddUnitsAsync(FireSafetyFactory app, int count)
    {
        await using var scope = app.Database();
        var db = scope.Db;
        var parent = await db.Units.SingleAsync(u => u.Code == DemoAccounts.UnitHead.UnitCode);
        var units = await TestUnits.AddChildrenAsync(db, parent, count, i => ($"HB{i:000}", $"Tổ PCCC Hòa Bình {i:000}"));
        db.Facilities.AddRange(units.Select(u => new Facility { UnitId = u.Id, Name = $"Kho Hòa Bình {u.Code[2..]}", Address = "Số 1 Lê Lợi" }));
        await db.SaveChangesAsync();
    }
}

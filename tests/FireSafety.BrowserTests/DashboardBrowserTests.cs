using System.Text.RegularExpressions;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireSafety.BrowserTests;

/// <summary>
/// A leader opens the dashboard on a desktop (1280 px) and on a phone (360 px): the charts are
/// drawn from their tables, the page does not scroll sideways, and a red cell (a unit's overdue
/// tasks) drills down to the task board filtered to exactly those tasks. Screenshots are saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DashboardBrowserTests(BrowserFixture fixture)
{
    [SkippableTheory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(360, 740, "phone")]
    public async Task Leader_OpensTheDashboard_AndDrillsFromARedCellToTheOverdueList(int width, int height, string device)
    {
        BrowserRequirement.Check();
        await EnsureOverdueTaskAsync();

        await using var leader = await fixture.NewSessionAsync(width, height);
        await leader.SignInAsync(DemoAccounts.Leader);
        await leader.Page.GotoAsync("/");
        await Expect(leader.Page.Locator("h1")).ToHaveTextAsync("Bảng điều hành");
        await Expect(leader.Page.Locator("canvas[data-chart-drawn=true]")).ToHaveCountAsync(await leader.Page.Locator("table[data-chart]").CountAsync());
        await leader.Page.ScreenshotAsync(new() { Path = Shot($"{device}-dashboard"), FullPage = true });
        Assert.True(await Overflow(leader.Page) <= 0, $"the dashboard scrolls sideways at {width}px by {await Overflow(leader.Page)}px: {await Widest(leader.Page)}");

        var cell = leader.Page.Locator("[data-testid=ranking] tr[data-unit=HCTP] td.table-danger[data-testid=cell-Overdue] a");
        await cell.ScrollIntoViewIfNeededAsync();
        var overdue = int.Parse((await cell.TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(overdue > 0);
        await cell.ClickAsync();

        await Expect(leader.Page).ToHaveURLAsync(OverdueBoard());
        await Expect(leader.Page.Locator("[data-testid=count-Overdue] [data-testid=count-value]")).ToHaveTextAsync(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(leader.Page.Locator("[data-testid=pager-summary]")).ToHaveAttributeAsync("data-total", overdue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(leader.Page.Locator("select#unitId option[selected]")).ToContainTextAsync("Hành chính tư pháp");
        await leader.Page.ScreenshotAsync(new() { Path = Shot($"{device}-dashboard-overdue-list"), FullPage = true });
        leader.AssertNoConsoleErrors();
    }

    /// <summary>A task of HCTP due yesterday (this year), still open: an overdue cell on the dashboard.</summary>
    private async Task EnsureOverdueTaskAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FireSafetyDbContext>();
        var today = VietnamTime.Today(TimeProvider.System);
        var due = today.DayOfYear > 1 ? today.AddDays(-1) : today;
        var unitId = await db.Units.IgnoreQueryFilters().Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
        if (await db.TaskAssignments.IgnoreQueryFilters().AnyAsync(a => a.UnitId == unitId && a.Status == AssignmentStatus.Open && a.DueOn == due))
        {
            return;
        }

        var directive = new Directive { Number = "88/STP-VP", Kind = "Công văn", Subject = "Rà soát phương án chữa cháy", IssuedOn = today.AddDays(-20), CreatedAtUtc = DateTime.UtcNow.AddDays(-20) };
        db.Directives.Add(directive);
        await db.SaveChangesAsync();
        var task = new DirectiveTask { DirectiveId = directive.Id, Text = "Rà soát phương án chữa cháy tại trụ sở (bảng điều hành)", Categories = "ResponsePlan", DueOn = due };
        db.DirectiveTasks.Add(task);
        await db.SaveChangesAsync();
        var assignment = new TaskAssignment { TaskId = task.Id, UnitId = unitId, IsLead = true, DueOn = due, CreatedAtUtc = DateTime.UtcNow.AddDays(-10) };
        assignment.Apply(AssignmentState.Assigned(due));
        db.TaskAssignments.Add(assignment);
        await db.SaveChangesAsync();
    }

    private static Task<int> Overflow(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>The element that sticks out furthest to the right, to name the culprit of an overflow.</summary>
    private static Task<string> Widest(IPage page) =>
        page.EvaluateAsync<string>("() => { const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (p === document.body || p === document.documentElement) break; const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; }; let w = null, r = 0; for (const e of document.querySelectorAll('body *')) { const x = e.getBoundingClientRect().right; if (x > r && !inScroller(e)) { r = x; w = e; } } return w ? w.tagName + '.' + w.className + '#' + w.id + ' ' + Math.round(r) : ''; }");

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png");

    [GeneratedRegex("/Tasks\\?.*status=Overdue")]
    private static partial Regex OverdueBoard();
}

using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using FireSafety.Core.Actions;
using FireSafety.Core.Directives;
using FireSafety.Core.Inspections;
using FireSafety.Core.Reporting;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Actions;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.IntegrationTests.Tasks;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Stale saves of the versioned records changed through a workflow rather than an edit page: two
/// people (or two tabs) read the same page, both post what they decided; the second gets a
/// Vietnamese refusal in the summary at the top of the page (never a 500) and the first decision
/// stays in the database. Where a change is a one-way step (submit, publish, send), the state check
/// refuses the stale post; where the same state can come back (resolve → reopen, fix → reject → fix),
/// only the version the page was read with can tell, so those tests go through the round trip.
/// </summary>
public sealed class WorkflowConcurrencyTests(MeetingPointFactory factory) : IClassFixture<MeetingPointFactory>
{
    [Fact]
    public async Task Inspection_SubmittedTwiceInTheSameInstant_OneSubmissionStands_TheOtherIsRefusedAtTheTop()
    {
        var id = await DraftInspectionAnsweredAsync();
        var url = $"/Inspections/Fill/{id}";
        var (first, second) = (await SignedInAsync(DemoAccounts.UnitHead), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        factory.Meeting.Arm();
        var answers = await Task.WhenAll(
            PostFormAsync(first, pageA, "form[data-testid=submit-form]", new() { ["Recommendations"] = "Kiến nghị A" }),
            PostFormAsync(second, pageB, "form[data-testid=submit-form]", new() { ["Recommendations"] = "Kiến nghị B" }));

        // Which one wins is up to the database; one is saved, the other is told so, neither is a 500.
        var saved = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal($"/Inspections/Details/{id}", saved.RedirectTarget());
        await AssertRefusedAsync(Assert.Single(answers, a => a != saved), SelfInspections.NotDraft);
        await using var scope = factory.Database();
        var inspection = await scope.Db.Inspections.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(InspectionStatus.Submitted, inspection.Status);
        Assert.Equal(saved == answers[0] ? "Kiến nghị A" : "Kiến nghị B", inspection.Recommendations);
    }

    [Fact]
    public async Task DirectiveTask_AssignedTwiceInTheSameInstant_IsAssignedOnce_BothPagesAnswerWithoutAnError()
    {
        var (directiveId, taskId) = await OneTaskDirectiveAsync("Kiểm tra hệ thống báo cháy");
        var url = $"/Directives/Details/{directiveId}";
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        factory.Meeting.Arm();
        var answers = await Task.WhenAll(
            PostFormAsync(first, pageA, "form[data-testid=assign-all]", []),
            PostFormAsync(second, pageB, "form[data-testid=assign-all]", []));

        Assert.All(answers, a => Assert.Equal(url, a.RedirectTarget()));
        await using (var check = factory.Database())
        {
            Assert.Equal(1, await check.Db.TaskAssignments.IgnoreQueryFilters().CountAsync(a => a.TaskId == taskId));
        }

        var shown = (await first.GetDocumentAsync(url)).Body!.TextContent + (await second.GetDocumentAsync(url)).Body!.TextContent;
        Assert.Contains("Đã giao 1 nhiệm vụ", shown, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ vừa được giao cùng lúc từ một trang khác", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_SubmittedFromTwoStalePages_TheSecondIsRefused_TheFirstRecommendationsStay()
    {
        var id = await DraftInspectionAnsweredAsync();
        var url = $"/Inspections/Fill/{id}";
        var (first, second) = (await SignedInAsync(DemoAccounts.UnitHead), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        var submitted = await PostFormAsync(first, pageA, "form[data-testid=submit-form]", new() { ["Recommendations"] = "Kiến nghị A" });
        Assert.Equal($"/Inspections/Details/{id}", submitted.RedirectTarget());
        var stale = await PostFormAsync(second, pageB, "form[data-testid=submit-form]", new() { ["Recommendations"] = "Kiến nghị B" });

        await AssertRefusedAsync(stale, SelfInspections.NotDraft);
        await using var scope = factory.Database();
        var inspection = await scope.Db.Inspections.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal(InspectionStatus.Submitted, inspection.Status);
        Assert.Equal("Kiến nghị A", inspection.Recommendations);
    }

    [Fact]
    public async Task UnitInspectionPlan_TwoOfficeTabsSaveTheRhythm_TheSecondGetsTheConflict_AndCanSaveAgainFromThePageItGot()
    {
        var url = $"/Inspections/Plan/{await UnitIdAsync("HCTP")}";
        var office = await SignedInAsync(DemoAccounts.Office);

        // The plan exists before the race (the first save of a unit creates it).
        Assert.Equal(url, (await PostFormAsync(office, await office.GetDocumentAsync(url), "form[data-testid=plan-form]", new() { ["Input.IntervalMonths"] = "4" }, url)).RedirectTarget());
        var (pageA, pageB) = (await office.GetDocumentAsync(url), await office.GetDocumentAsync(url));
        Assert.Equal(url, (await PostFormAsync(office, pageA, "form[data-testid=plan-form]", new() { ["Input.IntervalMonths"] = "6" }, url)).RedirectTarget());
        var stale = await PostFormAsync(office, pageB, "form[data-testid=plan-form]", new() { ["Input.IntervalMonths"] = "3" }, url);

        var shown = await AssertRefusedAsync(stale, "Chu kỳ vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại.");
        Assert.Equal(6, await PlanIntervalAsync("HCTP"));

        // The page that told of the conflict carries the stored version: saving from it is a decision made knowingly.
        Assert.Equal(url, (await PostFormAsync(office, shown, "form[data-testid=plan-form]", new() { ["Input.IntervalMonths"] = "3" }, url)).RedirectTarget());
        Assert.Equal(3, await PlanIntervalAsync("HCTP"));
    }

    [Fact]
    public async Task ChecklistTemplate_PublishedFromTwoStalePages_IsPublishedOnce_TheSecondIsRefused()
    {
        int draftId;
        await using (var scope = factory.Database())
        {
            var item = int.Parse(await InspectionTestData.DraftItemAsync(scope.Db), CultureInfo.InvariantCulture);
            draftId = await scope.Db.ChecklistItems.Where(i => i.Id == item).Select(i => i.Section!.TemplateId).SingleAsync();
        }

        var url = $"/Inspections/Templates/Details/{draftId}";
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        Assert.Equal(url, (await PostFormAsync(first, pageA, "form[data-testid=publish-form]", [])).RedirectTarget());
        var published = await TemplateAsync(draftId);
        var stale = await PostFormAsync(second, pageB, "form[data-testid=publish-form]", []);

        await AssertRefusedAsync(stale, TemplateVersioning.OnlyDraftsPublish);
        var after = await TemplateAsync(draftId);
        Assert.Equal(TemplateStatus.Published, after.Status);
        Assert.Equal(published.PublishedAtUtc, after.PublishedAtUtc);
        Assert.Equal(published.Version, after.Version);
    }

    [Fact]
    public async Task CorrectiveAction_VerifiedFromAPageReadBeforeARejectionAndANewFix_GetsTheConflict_AndStaysFixed()
    {
        int id;
        await using (var scope = factory.Database())
        {
            id = (await ActionTestData.ActionAsync(scope.Db, await UnitIdAsync("HCTP"), new DateOnly(2030, 12, 31))).Id;
        }

        var url = $"/Actions/Details/{id}";
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        Assert.Equal(url, (await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Đã dọn lối đi." }, ("anh-1.png", TestEvidence.Png))).RedirectTarget());

        // The second officer reads the fixed action; meanwhile the first rejects it and the unit fixes it again.
        var stalePage = await second.GetDocumentAsync(url);
        Assert.Equal(url, (await first.SubmitAsync(url, new Dictionary<string, string?> { ["Reject.Reason"] = "Ảnh chưa thấy lối đi." }, "form[data-testid=reject-form]")).RedirectTarget());
        Assert.Equal(url, (await unitHead.SubmitMultipartAsync(url, "form[data-testid=fix-form]", new Dictionary<string, string?> { ["Fix.Note"] = "Chụp lại toàn bộ lối đi." }, ("anh-2.png", TestEvidence.Png))).RedirectTarget());

        // The action is Fixed again, so only the version can tell the verification was of the first fix.
        var stale = await PostFormAsync(second, stalePage, "form[data-testid=verify-form]", []);

        await AssertRefusedAsync(stale, "Biện pháp khắc phục vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại.");
        await using var check = factory.Database();
        Assert.Equal(ActionStatus.Fixed, await check.Db.CorrectiveActions.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
    }

    [Fact]
    public async Task AnnualSummary_NarrativeSavedFromTwoTabs_TheSecondGetsTheConflict_TheFirstTextStays()
    {
        var id = await SummaryAsync(2023, approved: false);
        var url = $"/Reporting/Details/{id}";
        var office = await SignedInAsync(DemoAccounts.Office);
        var (pageA, pageB) = (await office.GetDocumentAsync(url), await office.GetDocumentAsync(url));

        Assert.Equal(url, (await PostFormAsync(office, pageA, "form[data-testid=narrative-form]", new() { ["Narrative.Assessment"] = "Đánh giá A" })).RedirectTarget());
        var stale = await PostFormAsync(office, pageB, "form[data-testid=narrative-form]", new() { ["Narrative.Assessment"] = "Đánh giá B" });

        await AssertRefusedAsync(stale, "Báo cáo vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại.");
        Assert.Equal("Đánh giá A", (await SummaryOfAsync(id)).Assessment);
    }

    /// <summary>
    /// "Sent to the provincial police" posted from a page read before someone else recorded it: the
    /// send form is gone from the page the second person gets back, so the refusal must be in the
    /// summary at the top, and the first number and date stay.
    /// </summary>
    [Fact]
    public async Task AnnualSummary_SentFromAStalePage_ShowsTheRefusalAtTheTop_AndKeepsTheFirstNumber()
    {
        var id = await SummaryAsync(2022, approved: true);
        var url = $"/Reporting/Details/{id}";
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        Assert.Equal(url, (await PostFormAsync(first, pageA, "form[data-testid=send-form]", new() { ["Send.Number"] = "05/BC-STP", ["Send.SentOn"] = "2026-01-10" })).RedirectTarget());
        var stale = await PostFormAsync(second, pageB, "form[data-testid=send-form]", new() { ["Send.Number"] = "06/BC-STP", ["Send.SentOn"] = "2026-01-11" });

        var shown = await AssertRefusedAsync(stale, "Chỉ ghi nhận gửi đi được báo cáo đã phê duyệt.");
        Assert.Null(shown.QuerySelector("form[data-testid=send-form]"));
        var summary = await SummaryOfAsync(id);
        Assert.Equal(SummaryStatus.Sent, summary.Status);
        Assert.Equal("05/BC-STP", summary.SentNumber);
        Assert.Equal(new DateOnly(2026, 1, 10), summary.SentOn);
    }

    [Fact]
    public async Task DirectiveTask_AssignedFromTwoStalePages_IsAssignedOnce_AndKeepsTheFirstAssignmentTime()
    {
        var (directiveId, taskId) = await OneTaskDirectiveAsync("Kiểm tra lối thoát nạn");
        var url = $"/Directives/Details/{directiveId}";
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        var (pageA, pageB) = (await first.GetDocumentAsync(url), await second.GetDocumentAsync(url));

        Assert.Equal(url, (await PostFormAsync(first, pageA, "form[data-testid=assign-all]", [])).RedirectTarget());
        var assigned = await TaskOfAsync(taskId);
        await Task.Delay(20);
        var stale = await PostFormAsync(second, pageB, "form[data-testid=assign-all]", []);

        Assert.Equal(url, stale.RedirectTarget());
        var after = await TaskOfAsync(taskId);
        Assert.Equal(assigned.AssignedAtUtc, after.AssignedAtUtc);
        Assert.Equal(assigned.Version, after.Version);
        await using var check = factory.Database();
        Assert.Equal(1, await check.Db.TaskAssignments.IgnoreQueryFilters().CountAsync(a => a.TaskId == taskId));
        Assert.Contains("Đã giao 0 nhiệm vụ", (await second.GetDocumentAsync(url)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Difficulty_ResolvedFromAPageReadBeforeAResolveAndReopen_GetsTheConflict_AndStaysOpen()
    {
        string id;
        await using (var scope = factory.Database())
        {
            id = await TaskTestData.DifficultyOfUnitAsync(scope.Db, await UnitIdAsync("HCTP"));
        }

        var url = $"/Difficulties/Details/{id}";
        var (first, second) = (await SignedInAsync(DemoAccounts.Office), await SignedInAsync(DemoAccounts.Office));
        var stalePage = await second.GetDocumentAsync(url);
        Assert.Equal(url, (await first.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=resolve-form]")).RedirectTarget());
        Assert.Equal(url, (await first.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=reopen-form]")).RedirectTarget());

        // Open again, as the stale page shows it: only the version tells the decision was made on older news.
        var stale = await PostFormAsync(second, stalePage, "form[data-testid=resolve-form]", []);

        await AssertRefusedAsync(stale, "Khó khăn này vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại.");
        await using var check = factory.Database();
        Assert.False(await check.Db.Difficulties.IgnoreQueryFilters().Where(d => d.Id == int.Parse(id, CultureInfo.InvariantCulture)).Select(d => d.IsResolved).SingleAsync());
    }

    /// <summary>The refused post answers 200 with <paramref name="message"/> in the summary at the top of the page it returns.</summary>
    private static async Task<IHtmlDocument> AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var summary = page.QuerySelector(".validation-summary-errors");
        Assert.True(summary is not null, $"No validation summary on the page; field errors: {string.Join(" | ", page.QuerySelectorAll(".field-validation-error").Select(e => e.TextContent))}");
        Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        return page;
    }

    /// <summary>Posts a form of a page read earlier (its hidden version and token as they were), with <paramref name="fields"/> changed.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(PageClient client, IHtmlDocument page, string selector, Dictionary<string, string> fields, string? pageUrl = null) =>
        StaleForm.PostAsync(client, page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No {selector} on the page"), fields, pageUrl);

    /// <summary>A directive with one task, for HCTP, due in 2030, not yet assigned.</summary>
    private async Task<(int DirectiveId, int TaskId)> OneTaskDirectiveAsync(string subject)
    {
        await using var scope = factory.Database();
        var directive = await TaskTestData.DirectiveAsync(scope.Db, subject);
        var task = new DirectiveTask
        {
            DirectiveId = directive.Id,
            Text = $"{subject} tại trụ sở",
            Categories = "SelfInspection",
            DueOn = new DateOnly(2030, 6, 30),
            Units = [new DirectiveTaskUnit { UnitId = await UnitIdAsync("HCTP"), IsLead = true }],
        };
        scope.Db.DirectiveTasks.Add(task);
        await scope.Db.SaveChangesAsync();
        return (directive.Id, task.Id);
    }

    /// <summary>A draft inspection of HCTP with every item answered "pass", ready to submit.</summary>
    private async Task<int> DraftInspectionAnsweredAsync()
    {
        await using var scope = factory.Database();
        var unitId = await UnitIdAsync("HCTP");
        var templateId = await InspectionTestData.PublishedTemplateIdAsync(scope.Db);
        var inspection = new Inspection
        {
            UnitId = unitId,
            FacilityId = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).Select(f => f.Id).FirstAsync(),
            Inspectors = "Nguyễn Văn An, Trưởng phòng",
            TemplateId = templateId,
            InspectedOn = new DateOnly(2026, 11, 20),
            Status = InspectionStatus.Draft,
            StartedAtUtc = DateTime.UtcNow,
        };
        scope.Db.Inspections.Add(inspection);
        await scope.Db.SaveChangesAsync();
        foreach (var itemId in await scope.Db.ChecklistItems.Where(i => i.Section!.TemplateId == templateId).Select(i => i.Id).ToListAsync())
        {
            scope.Db.InspectionAnswers.Add(new InspectionAnswer { InspectionId = inspection.Id, UnitId = unitId, ItemId = itemId, Result = AnswerResult.Pass, AnsweredAtUtc = DateTime.UtcNow, AnsweredBy = "hctp" });
        }

        await scope.Db.SaveChangesAsync();
        return inspection.Id;
    }

    private async Task<int> SummaryAsync(int year, bool approved)
    {
        await using var scope = factory.Database();
        var summary = new AnnualSummary { Year = year, FiguresJson = SummarySnapshot.Serialize(new SummaryFigures(year, DateTime.UtcNow, [], [], [], [])), Assessment = "Bản đầu" };
        if (approved)
        {
            SummaryWorkflow.Submit(summary, "vanphong", DateTime.UtcNow);
            SummaryWorkflow.Approve(summary, "lanhdao", DateTime.UtcNow);
        }

        scope.Db.AnnualSummaries.Add(summary);
        await scope.Db.SaveChangesAsync();
        return summary.Id;
    }

    private async Task<AnnualSummary> SummaryOfAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.AnnualSummaries.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private async Task<ChecklistTemplate> TemplateAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.ChecklistTemplates.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    private async Task<DirectiveTask> TaskOfAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.DirectiveTasks.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    private async Task<int> PlanIntervalAsync(string unitCode)
    {
        await using var scope = factory.Database();
        var unitId = await UnitIdAsync(unitCode);
        return await scope.Db.UnitInspectionPlans.IgnoreQueryFilters().Where(p => p.UnitId == unitId).Select(p => p.IntervalMonths).SingleAsync();
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var scope = factory.Database();
        return await TaskTestData.UnitIdAsync(scope.Db, code);
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

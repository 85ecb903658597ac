using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using FireSafety.Core.Plans;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Plans;

public sealed class PlanPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task UnitHeadDrafts_OfficeApproves_EditMakesANewRevision_DrillShowsInTheList_AndEveryChangeIsAudited()
    {
        int ownFacility;
        int otherFacility;
        await using (var scope = factory.Database())
        {
            ownFacility = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.Unit!.Code == DemoAccounts.UnitHead.UnitCode).Select(f => f.Id).FirstAsync();
            otherFacility = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.Unit!.Code == DemoAccounts.OtherUnitHead.UnitCode).Select(f => f.Id).FirstAsync();
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var bad = await (await head.SubmitAsync("/Plans/Create", new Dictionary<string, string?>
        {
            ["Input.FacilityId"] = Id(otherFacility),
            ["Input.Title"] = string.Empty,
            ["Input.Scenarios[0].AreaName"] = "Kho",
            ["Input.Contacts[0].Name"] = "An",
            ["Input.Contacts[0].Phone"] = "abc",
        })).DocumentAsync();
        Assert.Equal("Cơ sở không hợp lệ.", bad.FieldError("Input.FacilityId"));
        Assert.Equal("Vui lòng nhập tên phương án.", bad.FieldError("Input.Title"));
        Assert.Equal("Vui lòng nhập nội dung phần này.", bad.FieldError("Input.CommandSection"));
        Assert.Equal("Vui lòng mô tả tình huống.", bad.FieldError("Input.Scenarios[0].Description"));
        Assert.Equal("Vui lòng nhập nhiệm vụ.", bad.FieldError("Input.Contacts[0].Role"));
        Assert.Equal("Số điện thoại không hợp lệ.", bad.FieldError("Input.Contacts[0].Phone"));

        var created = await head.SubmitAsync("/Plans/Create", new Dictionary<string, string?>
        {
            ["Input.FacilityId"] = Id(ownFacility),
            ["Input.Title"] = "Phương án tầng 2",
            ["Input.CommandSection"] = "Trưởng phòng chỉ huy",
            ["Input.ForcesSection"] = "Công chức của phòng",
            ["Input.EquipmentSection"] = "- 2 bình MFZ4",
            ["Input.LogisticsSection"] = "Nước, điện dự phòng",
            ["Input.Scenarios[0].AreaName"] = "Kho hồ sơ hộ tịch",
            ["Input.Scenarios[0].DuringWorkingHours"] = "false",
            ["Input.Scenarios[0].Description"] = "Cháy ban đêm",
            ["Input.Contacts[0].Role"] = "Chỉ huy",
            ["Input.Contacts[0].Name"] = "Phạm Thị Hồng",
            ["Input.Contacts[0].Phone"] = "0912 345 678",
            // Over-posting: the unit and status are not form fields.
            ["Input.UnitId"] = "1",
            ["Input.Status"] = "Approved",
        });
        var details = created.RedirectTarget();
        Assert.StartsWith("/Plans/Details/", details, StringComparison.Ordinal);
        var planId = int.Parse(details["/Plans/Details/".Length..], CultureInfo.InvariantCulture);
        await using (var scope = factory.Database())
        {
            var plan = await scope.Db.ResponsePlans.Include(p => p.Scenarios).Include(p => p.Contacts).SingleAsync(p => p.Id == planId);
            Assert.Equal((PlanStatus.Draft, 1, true), (plan.Status, plan.Revision, plan.IsCurrent));
            Assert.Equal(await PlanTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode), plan.UnitId);
            Assert.False(Assert.Single(plan.Scenarios).DuringWorkingHours);
            Assert.Equal("0912 345 678", Assert.Single(plan.Contacts).Phone);
        }

        var refused = await head.Http.GetAsync($"/Plans/Approve/{Id(planId)}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        var office = await SignInAsync(DemoAccounts.Office);
        var approved = await office.SubmitAsync($"/Plans/Approve/{Id(planId)}", new Dictionary<string, string?> { ["Input.ApprovedBy"] = "Trần Thị Kiều Oanh, Chánh Văn phòng" });
        Assert.Equal(details, approved.RedirectTarget());

        var list = await head.GetDocumentAsync("/Plans?q=tang 2");
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=plan-row]"));
        Assert.Equal("Chưa", row.QuerySelector("[data-testid=drilled]")!.TextContent.Trim());

        // Editing the approved plan makes revision 2 (a draft); revision 1 stays approved and read-only.
        var revised = await head.SubmitAsync($"/Plans/Edit/{Id(planId)}", new Dictionary<string, string?> { ["Input.LogisticsSection"] = "Nước từ bể ngầm" });
        var revisionId = int.Parse(revised.RedirectTarget()["/Plans/Details/".Length..], CultureInfo.InvariantCulture);
        Assert.NotEqual(planId, revisionId);
        var oldEdit = await head.Http.GetAsync($"/Plans/Edit/{Id(planId)}");
        Assert.Equal(details, oldEdit.RedirectTarget());

        var today = VietnamTime.Today(factory.Services.GetRequiredService<TimeProvider>());
        var drill = await head.SubmitAsync($"/Plans/Drills/Create/{Id(revisionId)}", new Dictionary<string, string?>
        {
            ["Input.HeldOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Scenario"] = "Cháy kho hồ sơ hộ tịch",
            ["Input.ParticipantCount"] = "12",
            ["Input.PoliceParticipated"] = "true",
        });
        Assert.Equal($"/Plans/Details/{Id(revisionId)}", drill.RedirectTarget());

        list = await head.GetDocumentAsync("/Plans?q=tang 2&drilled=true");
        row = Assert.Single(list.QuerySelectorAll("[data-testid=plan-row]"));
        Assert.Equal(Id(revisionId), row.GetAttribute("data-id"));
        Assert.Equal("Có", row.QuerySelector("[data-testid=drilled]")!.TextContent.Trim());
        var page = await head.GetDocumentAsync($"/Plans/Details/{Id(planId)}");
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=revision-row]").Length);
        Assert.NotNull(page.QuerySelector("[data-testid=old-revision]"));
        Assert.Equal("Đã diễn tập", page.QuerySelector("[data-testid=drilled-this-year]")!.TextContent.Trim());

        await using var assert = factory.Database();
        var revisions = await assert.Db.ResponsePlans.Where(p => p.Id == planId || p.Id == revisionId).OrderBy(p => p.Revision).ToListAsync();
        Assert.Equal([(1, PlanStatus.Approved, false, "Nước, điện dự phòng"), (2, PlanStatus.Draft, true, "Nước từ bể ngầm")],
            revisions.Select(p => (p.Revision, p.Status, p.IsCurrent, p.LogisticsSection)));
        Assert.Equal("Trần Thị Kiều Oanh, Chánh Văn phòng", revisions[0].ApprovedBy);
        Assert.Equal(2, await assert.Db.PlanScenarios.CountAsync(s => s.PlanId == planId || s.PlanId == revisionId));
        var audited = await assert.Db.AuditEntries.Where(a => a.EntityType == nameof(ResponsePlan) && (a.EntityKey == Id(planId) || a.EntityKey == Id(revisionId))).Select(a => a.Action).ToListAsync();
        Assert.Equal(2, audited.Count(a => a == AuditAction.Insert));
        Assert.True(audited.Count(a => a == AuditAction.Update) >= 2, "approval and the revision's hand-over are audited");
        Assert.True(await assert.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Drill) && a.Action == AuditAction.Insert));
        Assert.True(await assert.Db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PlanScenario) && a.Action == AuditAction.Insert));
    }

    [Fact]
    public async Task Docx_IsValid_AndNamesTheFacilityAndTheFourSections()
    {
        string planId;
        await using (var scope = factory.Database())
        {
            planId = await PlanTestData.PlanOfUnitAsync(scope.Db, await PlanTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode));
        }

        var leader = await SignInAsync(DemoAccounts.Leader);
        var docx = await leader.Http.GetAsync($"/Plans/Details/{planId}?handler=Docx");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(DocxType, docx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Khu làm việc Phòng Hành chính tư pháp", body, StringComparison.Ordinal);
        Assert.All(PlanDocument.SectionTitles, t => Assert.Contains(t, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaleEdit_ShowsTheConflict_AndALeaderCannotEdit()
    {
        ResponsePlan plan;
        await using (var scope = factory.Database())
        {
            plan = await PlanTestData.PlanAsync(scope.Db, await PlanTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode), "Bản nháp xung đột");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var first = await head.SubmitAsync($"/Plans/Edit/{Id(plan.Id)}", new Dictionary<string, string?> { ["Input.ForcesSection"] = "Lần sửa thứ nhất" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await head.SubmitAsync($"/Plans/Edit/{Id(plan.Id)}", new Dictionary<string, string?> { ["Input.ForcesSection"] = "Lần sửa cũ", ["Input.Version"] = "1" });
        var conflict = await stale.DocumentAsync();
        Assert.NotNull(conflict.QuerySelector("[data-testid=concurrency-conflict]"));

        var leader = await SignInAsync(DemoAccounts.Leader);
        var refused = await leader.Http.GetAsync($"/Plans/Edit/{Id(plan.Id)}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        await using var assert = factory.Database();
        Assert.Equal("Lần sửa thứ nhất", (await assert.Db.ResponsePlans.SingleAsync(p => p.Id == plan.Id)).ForcesSection);
    }

    [Fact]
    public async Task DemoData_HasADrilledAndAnUndrilledPlan()
    {
        var office = await SignInAsync(DemoAccounts.Office);

        var drilled = await office.GetDocumentAsync("/Plans?drilled=true&q=tru so");
        var notDrilled = await office.GetDocumentAsync("/Plans?drilled=false&q=tru so");

        Assert.Contains(drilled.QuerySelectorAll("[data-testid=plan-row] a"), a => a.TextContent.Contains("Trụ sở Sở Tư pháp", StringComparison.Ordinal));
        Assert.Contains(notDrilled.QuerySelectorAll("[data-testid=plan-row] a"), a => a.TextContent.Contains("Trợ giúp pháp lý", StringComparison.Ordinal));
        Assert.DoesNotContain(drilled.QuerySelectorAll("[data-testid=plan-row] a"), a => a.TextContent.Contains("Trợ giúp pháp lý", StringComparison.Ordinal));
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

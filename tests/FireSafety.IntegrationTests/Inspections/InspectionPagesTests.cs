using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Inspections;

public sealed class InspectionPagesTests(InspectionPagesTests.Factory factory) : IClassFixture<InspectionPagesTests.Factory>
{
    /// <summary>Fake time, and a 5-day default for corrective actions to show the setting is used.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory()
        {
            Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 10, 2, 0, 0, TimeSpan.Zero));
            With("CorrectiveActions:DefaultDueDays", "5");
        }
    }

    private DateOnly Today => VietnamTime.Today(factory.Time!);

    [Fact]
    public async Task Answers_SavedOneByOne_SurviveOnAnotherDevice_SubmitRefusesGaps_CriticalFailOpensAction()
    {
        var phone = await SignedInAsync(DemoAccounts.UnitHead);
        var id = await StartAsync(phone, carryOver: false);
        var items = await ItemsAsync(id);

        // The first three answers, one small POST each (one through htmx, as the phone sends them).
        var htmx = await AnswerAsync(phone, id, items["B1"], "Fail", "Ổ cắm nối tạm ở phòng lưu trữ.", asHtmx: true);
        Assert.Equal(HttpStatusCode.OK, htmx.StatusCode);
        Assert.Contains("data-testid=\"item-saved\"", await htmx.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var plain = await AnswerAsync(phone, id, items["A1"], "Pass", null);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        await AnswerAsync(phone, id, items["C3"], "Fail", null);

        // Another device (a new session) sees them.
        var desktop = await SignedInAsync(DemoAccounts.UnitHead);
        var page = await desktop.GetDocumentAsync($"/Inspections/Fill/{id}");
        Assert.Equal("Fail", page.QuerySelector("[data-code=B1]")!.GetAttribute("data-result"));
        Assert.Equal("Ổ cắm nối tạm ở phòng lưu trữ.", page.QuerySelector("#item-B1-note")!.TextContent);
        Assert.Equal("Pass", page.QuerySelector("[data-code=A1]")!.GetAttribute("data-result"));

        // Submit refuses missing answers and a failure without a note, in Vietnamese, and changes nothing.
        var refused = await desktop.SubmitAsync($"/Inspections/Fill/{id}", new Dictionary<string, string?> { ["Recommendations"] = "x" }, "form[data-testid=submit-form]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await refused.DocumentAsync()).QuerySelector("[data-testid=errors]")!.TextContent;
        Assert.Contains("Tiêu chí A2 chưa được đánh giá.", errors, StringComparison.Ordinal);
        Assert.Contains("Tiêu chí C3 không đạt: phải ghi rõ tồn tại, thiếu sót.", errors, StringComparison.Ordinal);
        Assert.Equal(InspectionStatus.Draft, await StatusAsync(id));

        // Answer everything else as passed, explain C3, submit.
        await AnswerAsync(desktop, id, items["C3"], "Fail", "Can xăng để trong kho.");
        await AnswerAsync(desktop, id, items["G3"], "NotApplicable", null);
        foreach (var (code, itemId) in items.Where(i => i.Key is not ("B1" or "A1" or "C3" or "G3" or "D3")))
        {
            await AnswerAsync(desktop, id, itemId, "Pass", null);
        }

        await AnswerAsync(desktop, id, items["D3"], "Fail", "Chưa niêm yết tiêu lệnh.");
        var submitted = await desktop.SubmitAsync($"/Inspections/Fill/{id}", new Dictionary<string, string?> { ["Recommendations"] = "Thay ổ cắm, chuyển can xăng ra ngoài." }, "form[data-testid=submit-form]");
        Assert.Equal($"/Inspections/Details/{id}", submitted.RedirectTarget());

        await using (var scope = factory.Database())
        {
            var inspection = await scope.Db.Inspections.SingleAsync(i => i.Id == id);
            Assert.Equal(InspectionStatus.Submitted, inspection.Status);
            Assert.Equal((22, 25), (inspection.Passed, inspection.Applicable)); // 26 items, one not applicable, three failed
            var findings = await scope.Db.Findings.Where(f => f.InspectionId == id).OrderBy(f => f.ItemCode).ToListAsync();
            Assert.Equal(["B1", "C3", "D3"], findings.Select(f => f.ItemCode));
            var critical = findings.Where(f => f.Severity == Severity.Critical).ToList();
            Assert.All(critical, f => Assert.NotNull(f.ActionId));
            Assert.Null(findings.Single(f => f.ItemCode == "D3").ActionId);
            var actions = await scope.Db.CorrectiveActions.Where(a => a.Source == ActionSource.Inspection && a.SourceId == id).ToListAsync();
            Assert.Equal(2, actions.Count);
            Assert.All(actions, a => Assert.Equal(Today.AddDays(5), a.DueOn));
            Assert.All(actions, a => Assert.Equal(ActionStatus.Open, a.Status));
        }

        var details = await desktop.GetDocumentAsync($"/Inspections/Details/{id}");
        Assert.Equal("22/25 (88%)", details.QuerySelector("[data-testid=score]")!.TextContent.Trim());
        var severities = details.QuerySelectorAll("[data-testid=finding]").Select(f => f.GetAttribute("data-severity")).ToList();
        Assert.Equal(["Critical", "Critical", "Minor"], severities);

        // A non-critical finding becomes an action by hand.
        var created = await desktop.SubmitAsync($"/Inspections/Details/{id}", new Dictionary<string, string?> { ["DueOn"] = "30/11/2026" }, "form[data-testid=create-action-form]");
        Assert.Equal($"/Inspections/Details/{id}", created.RedirectTarget());
        await using (var scope = factory.Database())
        {
            var d3 = await scope.Db.Findings.SingleAsync(f => f.InspectionId == id && f.ItemCode == "D3");
            var action = await scope.Db.CorrectiveActions.SingleAsync(a => a.Id == d3.ActionId);
            Assert.Equal(new DateOnly(2026, 11, 30), action.DueOn);
            Assert.Equal(d3.Id, action.FindingId);
        }

        // Answers of a submitted inspection are refused.
        var late = await AnswerAsync(desktop, id, items["A1"], "Fail", "muộn", tokenPage: $"/Inspections/Details/{id}");
        Assert.Equal("Biên bản đã nộp, không sửa được nữa.", (await late.DocumentAsync()).QuerySelector("[data-testid=item-error]")?.TextContent.Trim());
    }

    [Fact]
    public async Task TwoInspectors_SavingTheSameItem_TheSecondGetsAConflict_NotASilentOverwrite()
    {
        var phone = await SignedInAsync(DemoAccounts.UnitHead);
        var id = await StartAsync(phone, carryOver: false);
        var items = await ItemsAsync(id);
        var office = await SignedInAsync(DemoAccounts.Office);

        // Both opened the form when A2 had no answer (version 0); the phone saves first.
        var first = await AnswerAsync(phone, id, items["A2"], "Pass", null, asHtmx: true, version: 0);
        Assert.Contains("data-testid=\"item-saved\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = await AnswerAsync(office, id, items["A2"], "Fail", "Nội quy bị rách.", asHtmx: true, version: 0);
        var card = await second.DocumentAsync();
        Assert.Equal("true", card.QuerySelector("form[data-testid=item]")!.GetAttribute("data-error"));
        var message = card.QuerySelector("[data-testid=item-error]")!.TextContent;
        Assert.Contains(DemoAccounts.UnitHead.Email, message, StringComparison.Ordinal);
        Assert.Contains("vừa lưu tiêu chí này", message, StringComparison.Ordinal);
        Assert.Contains("Đạt", message, StringComparison.Ordinal);

        // The office's answer stays on its screen, against the stored version; nothing was overwritten.
        Assert.Equal("Fail", card.QuerySelector("form[data-testid=item]")!.GetAttribute("data-result"));
        Assert.Equal("Nội quy bị rách.", card.QuerySelector("textarea[name=Note]")!.TextContent);
        var stored = await AnswerOfAsync(id, items["A2"]);
        Assert.Equal((AnswerResult.Pass, (string?)null), (stored.Result, stored.Note));
        Assert.Equal(stored.Version.ToString(CultureInfo.InvariantCulture), card.QuerySelector("input[name=Version]")!.GetAttribute("value"));

        // Saving again from that card overwrites on purpose.
        var overwrite = await AnswerAsync(office, id, items["A2"], "Fail", "Nội quy bị rách.", asHtmx: true, version: stored.Version);
        Assert.Contains("data-testid=\"item-saved\"", await overwrite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AnswerResult.Fail, (await AnswerOfAsync(id, items["A2"])).Result);

        // Two first answers at the same moment: exactly one is saved, the other is told.
        var racing = await Task.WhenAll(
            AnswerAsync(phone, id, items["A3"], "Pass", null, asHtmx: true, version: 0),
            AnswerAsync(office, id, items["A3"], "Fail", "Không có", asHtmx: true, version: 0));
        var states = await Task.WhenAll(racing.Select(async r => (await r.DocumentAsync()).QuerySelector("form[data-testid=item]")!.GetAttribute("data-error")));
        Assert.Equal(["false", "true"], states.Order(StringComparer.Ordinal));
        Assert.Equal(1, (await AnswerOfAsync(id, items["A3"])).Version);
    }

    [Fact]
    public async Task StartFromLast_CarriesOverOpenFindings_AndAPassVerifiesTheirAction()
    {
        var client = await SignedInAsync(DemoAccounts.OtherUnitHead);
        var first = await StartAsync(client, carryOver: false);
        var items = await ItemsAsync(first);
        await AnswerAllAsync(client, first, items, ("E1", "Fail", "Thiếu bình ở tầng 2."), ("E3", "Fail", "Nhãn mờ."));
        await client.SubmitAsync($"/Inspections/Fill/{first}", new Dictionary<string, string?>(), "form[data-testid=submit-form]");

        var second = await StartAsync(client, carryOver: true);
        var page = await client.GetDocumentAsync($"/Inspections/Fill/{second}");
        Assert.Equal("Fail", page.QuerySelector("[data-code=E1]")!.GetAttribute("data-result"));
        Assert.Equal("Fail", page.QuerySelector("[data-code=E3]")!.GetAttribute("data-result"));
        Assert.StartsWith(SelfInspections.CarriedPrefix, page.QuerySelector("#item-E1-note")!.TextContent, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("[data-code=B1]")!.GetAttribute("data-result")));

        int actionId;
        await using (var scope = factory.Database())
        {
            actionId = (await scope.Db.Findings.SingleAsync(f => f.InspectionId == first && f.ItemCode == "E1")).ActionId!.Value;
        }

        await AnswerAllAsync(client, second, items, ("E3", "Fail", "Nhãn vẫn mờ."));
        await client.SubmitAsync($"/Inspections/Fill/{second}", new Dictionary<string, string?>(), "form[data-testid=submit-form]");

        await using (var scope = factory.Database())
        {
            Assert.Equal(ActionStatus.Verified, (await scope.Db.CorrectiveActions.SingleAsync(a => a.Id == actionId)).Status);
            var e3 = await scope.Db.Findings.SingleAsync(f => f.InspectionId == second && f.ItemCode == "E3");
            Assert.True(e3.CarriedOver);
            Assert.Equal(second, (await scope.Db.Inspections.SingleAsync(i => i.Id == second)).Id);
            Assert.Equal(first, (await scope.Db.Inspections.SingleAsync(i => i.Id == second)).CarriedFromId);
        }
    }

    [Fact]
    public async Task Minutes_Docx_PassesOpenXmlValidator_AndPrintViewHasTheHeader()
    {
        var client = await SignedInAsync(DemoAccounts.UnitHead);
        var id = await StartAsync(client, carryOver: false);
        await AnswerAllAsync(client, id, await ItemsAsync(id), ("B4", "Fail", "Sạc xe điện trong hành lang."));
        await client.SubmitAsync($"/Inspections/Fill/{id}", new Dictionary<string, string?> { ["Recommendations"] = "Bố trí khu sạc riêng." }, "form[data-testid=submit-form]");

        var print = await client.GetDocumentAsync($"/Inspections/Minutes/{id}");
        var text = print.QuerySelector("[data-testid=minutes]")!.TextContent;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
        Assert.Contains("Sạc xe điện trong hành lang.", text, StringComparison.Ordinal);
        Assert.Contains("ĐẠI DIỆN ĐOÀN KIỂM TRA", text, StringComparison.Ordinal);

        var docx = await client.Http.GetAsync($"/Inspections/Minutes/{id}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Sạc xe điện trong hành lang.", body, StringComparison.Ordinal);
        Assert.Contains("Bố trí khu sạc riêng.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_ShowsTheMonthInspected_AndTheOfficeSetsTheRhythm()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var id = await StartAsync(unitHead, carryOver: false);
        await AnswerAllAsync(unitHead, id, await ItemsAsync(id));
        await unitHead.SubmitAsync($"/Inspections/Fill/{id}", new Dictionary<string, string?>(), "form[data-testid=submit-form]");
        var office = await SignedInAsync(DemoAccounts.Office);

        var coverage = await office.GetDocumentAsync("/Inspections/Coverage?year=2026");
        Assert.Equal("Inspected", coverage.QuerySelector("tr[data-unit=HCTP] td[data-month='11']")!.GetAttribute("data-state"));
        Assert.Equal("Overdue", coverage.QuerySelector("tr[data-unit=TGPL] td[data-month='10']")!.GetAttribute("data-state"));
        Assert.Equal("NotDue", coverage.QuerySelector("tr[data-unit=HCTP] td[data-month='12']")!.GetAttribute("data-state"));

        int unitId;
        await using (var scope = factory.Database())
        {
            unitId = await scope.Db.Units.Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
        }

        var plan = await unitHead.GetDocumentAsync($"/Inspections/Plan/{unitId}");
        Assert.Equal("Done", plan.QuerySelector("[data-testid=rhythm-state]")!.GetAttribute("data-state"));
        Assert.Equal("31/12/2026", plan.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());
        Assert.Null(plan.QuerySelector("form[data-testid=plan-form]"));

        var bad = await office.SubmitAsync($"/Inspections/Plan/{unitId}", new Dictionary<string, string?> { ["Input.IntervalMonths"] = "5" }, "form[data-testid=plan-form]");
        Assert.Equal("Chu kỳ phải là 1, 2, 3, 4, 6 hoặc 12 tháng.", (await bad.DocumentAsync()).FieldError("Input.IntervalMonths"));
        var saved = await office.SubmitAsync($"/Inspections/Plan/{unitId}", new Dictionary<string, string?> { ["Input.IntervalMonths"] = "3" }, "form[data-testid=plan-form]");
        Assert.Equal($"/Inspections/Plan/{unitId}", saved.RedirectTarget());
        var quarterly = await office.GetDocumentAsync($"/Inspections/Plan/{unitId}");
        Assert.Equal("31/03/2027", quarterly.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Templates_EditingAPublishedChecklist_MakesANewRevision_PastInspectionsKeepTheirs()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var past = await StartAsync(unitHead, carryOver: false);
        var office = await SignedInAsync(DemoAccounts.Office);
        int oldId;
        await using (var scope = factory.Database())
        {
            oldId = (await scope.Db.Inspections.SingleAsync(i => i.Id == past)).TemplateId;
        }

        var publishedItem = await ItemIdAsync(oldId, "A1");
        Assert.Equal(HttpStatusCode.NotFound, (await office.Http.GetAsync($"/Inspections/Templates/EditItem/{publishedItem}")).StatusCode);

        var created = await office.SubmitAsync($"/Inspections/Templates/Details/{oldId}", new Dictionary<string, string?>(), "form[data-testid=new-revision-form]");
        var draftId = int.Parse(created.RedirectTarget().Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.NotEqual(oldId, draftId);
        var draftItem = await ItemIdAsync(draftId, "A1");
        var edited = await office.SubmitAsync($"/Inspections/Templates/EditItem/{draftItem}", new Dictionary<string, string?> { ["Input.Text"] = "Nội quy PCCC ban hành, niêm yết ở mọi tầng", ["Input.Severity"] = "Critical" });
        Assert.Equal($"/Inspections/Templates/Details/{draftId}", edited.RedirectTarget());
        var empty = await office.SubmitAsync($"/Inspections/Templates/EditItem/{draftItem}", new Dictionary<string, string?> { ["Input.Text"] = "" });
        Assert.Equal("Vui lòng nhập nội dung tiêu chí.", (await empty.DocumentAsync()).FieldError("Input.Text"));

        // Items added (the section's next code, never used before), moved and removed in the draft.
        var section = (await office.GetDocumentAsync($"/Inspections/Templates/Details/{draftId}")).QuerySelectorAll("[data-testid=add-item]")[0].GetAttribute("href")!;
        var refused = await office.SubmitAsync(section, new Dictionary<string, string?> { ["Input.Text"] = " " });
        Assert.Equal("Vui lòng nhập nội dung tiêu chí.", (await refused.DocumentAsync()).FieldError("Input.Text"));
        var added = await office.SubmitAsync(section, new Dictionary<string, string?> { ["Input.Text"] = "Có sơ đồ thoát nạn ở mỗi tầng", ["Input.Severity"] = "Major" });
        Assert.Equal($"/Inspections/Templates/Details/{draftId}#item-A6", added.RedirectTarget());
        await office.SubmitAsync($"/Inspections/Templates/Details/{draftId}", new Dictionary<string, string?>(), "#item-A6 form[data-testid=move-up]");
        await office.SubmitAsync($"/Inspections/Templates/Details/{draftId}", new Dictionary<string, string?>(), "#item-A4 form[data-testid=remove-item]");
        var codes = (await office.GetDocumentAsync($"/Inspections/Templates/Details/{draftId}")).QuerySelectorAll("[data-testid=template-item]").Select(e => e.GetAttribute("data-code")).Take(6);
        Assert.Equal(["A1", "A2", "A3", "A6", "A5", "B1"], codes);
        Assert.Equal(HttpStatusCode.NotFound, (await office.Http.GetAsync($"/Inspections/Templates/AddItem/{await SectionIdAsync(oldId, "A")}")).StatusCode);

        await office.SubmitAsync($"/Inspections/Templates/Details/{draftId}", new Dictionary<string, string?>(), "form[data-testid=publish-form]");

        await using (var scope = factory.Database())
        {
            var old = await scope.Db.ChecklistTemplates.SingleAsync(t => t.Id == oldId);
            var current = await scope.Db.ChecklistTemplates.SingleAsync(t => t.Id == draftId);
            Assert.Equal(TemplateStatus.Retired, old.Status);
            Assert.Equal(TemplateStatus.Published, current.Status);
            Assert.Equal(old.Revision + 1, current.Revision);
            Assert.Equal("Nội quy PCCC đã ban hành và niêm yết", (await scope.Db.ChecklistItems.SingleAsync(i => i.Id == publishedItem)).Text);
            Assert.Equal(oldId, (await scope.Db.Inspections.SingleAsync(i => i.Id == past)).TemplateId);
        }

        // A new inspection uses the new revision; the draft started before still shows the old text.
        var newer = await StartAsync(unitHead, carryOver: false);
        Assert.Contains("Nội quy PCCC ban hành, niêm yết ở mọi tầng", (await unitHead.GetDocumentAsync($"/Inspections/Fill/{newer}")).QuerySelector("[data-code=A1]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nội quy PCCC đã ban hành và niêm yết", (await unitHead.GetDocumentAsync($"/Inspections/Fill/{past}")).QuerySelector("[data-code=A1]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await unitHead.GetDocumentAsync($"/Inspections/Fill/{newer}")).QuerySelector("[data-code=A6]"));
        Assert.Null((await unitHead.GetDocumentAsync($"/Inspections/Fill/{newer}")).QuerySelector("[data-code=A4]"));
        Assert.NotNull((await unitHead.GetDocumentAsync($"/Inspections/Fill/{past}")).QuerySelector("[data-code=A4]"));
        Assert.Equal(HttpStatusCode.Redirect, (await unitHead.Http.GetAsync("/Inspections/Templates")).StatusCode);
    }

    [Fact]
    public async Task UnitHead_CannotStartAnInspection_ForAnotherUnitsFacility()
    {
        var client = await SignedInAsync(DemoAccounts.UnitHead);
        int otherFacility;
        await using (var scope = factory.Database())
        {
            otherFacility = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.Unit!.Code == "TGPL").Select(f => f.Id).FirstAsync();
        }

        var before = await CountAsync();
        var response = await client.PostAsync("/Inspections/Start", new Dictionary<string, string?>
        {
            ["Input.FacilityId"] = otherFacility.ToString(CultureInfo.InvariantCulture),
            ["Input.Inspectors"] = "Người lạ, Cán bộ",
            ["Input.InspectedOn"] = "10/11/2026",
            ["Input.TemplateId"] = await TemplateIdAsync(),
        }, "/Inspections/Start");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cơ sở không hợp lệ.", (await response.DocumentAsync()).FieldError("Input.FacilityId"));
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> StartAsync(PageClient client, bool carryOver)
    {
        var form = await client.GetDocumentAsync("/Inspections/Start");
        var facility = form.QuerySelector("#facilityId option[selected]")?.GetAttribute("value")
            ?? form.QuerySelectorAll("#facilityId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var response = await client.SubmitAsync($"/Inspections/Start?facilityId={facility}", new Dictionary<string, string?>
        {
            ["Input.Inspectors"] = "Nguyễn Văn An, Trưởng phòng\nLê Thị Bình, Chuyên viên",
            ["Input.InspectedOn"] = Today.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture),
            ["Input.CarryOver"] = carryOver ? "true" : "false",
        }, "form[data-testid=start-form]");
        var target = response.RedirectTarget();
        Assert.StartsWith("/Inspections/Fill/", target, StringComparison.Ordinal);
        return int.Parse(target.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Answers one item as the phone does, against the version of the answer on the page unless one is given.</summary>
    private static async Task<HttpResponseMessage> AnswerAsync(PageClient client, int id, int itemId, string result, string? note, bool asHtmx = false, string? tokenPage = null, long? version = null)
    {
        var page = await client.GetDocumentAsync(tokenPage ?? $"/Inspections/Fill/{id}");
        var shown = page.QuerySelectorAll("form[data-testid=item]")
            .FirstOrDefault(f => f.QuerySelector("input[name=ItemId]")?.GetAttribute("value") == itemId.ToString(CultureInfo.InvariantCulture));
        var fields = new Dictionary<string, string?>
        {
            ["ItemId"] = itemId.ToString(CultureInfo.InvariantCulture),
            ["Result"] = result,
            ["Note"] = note,
            ["Version"] = (version ?? long.Parse(shown?.QuerySelector("input[name=Version]")?.GetAttribute("value") ?? "0", CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
        };
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Inspections/Fill/{id}?handler=Answer")
        {
            Content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).Append(new("__RequestVerificationToken", token))),
        };
        if (asHtmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await client.Http.SendAsync(request);
    }

    private static async Task AnswerAllAsync(PageClient client, int id, Dictionary<string, int> items, params (string Code, string Result, string Note)[] failures)
    {
        foreach (var (code, itemId) in items)
        {
            var failure = failures.FirstOrDefault(f => f.Code == code);
            await AnswerAsync(client, id, itemId, failure.Code is null ? "Pass" : failure.Result, failure.Note);
        }
    }

    private async Task<Dictionary<string, int>> ItemsAsync(int inspectionId)
    {
        await using var scope = factory.Database();
        var templateId = await scope.Db.Inspections.Where(i => i.Id == inspectionId).Select(i => i.TemplateId).SingleAsync();
        return await scope.Db.ChecklistItems.Where(i => i.Section!.TemplateId == templateId).ToDictionaryAsync(i => i.Code, i => i.Id);
    }

    private async Task<int> ItemIdAsync(int templateId, string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.ChecklistItems.Where(i => i.Section!.TemplateId == templateId && i.Code == code).Select(i => i.Id).SingleAsync();
    }

    private async Task<int> SectionIdAsync(int templateId, string code)
    {
        await using var scope = factory.Database();
        return await scope.Db.ChecklistSections.Where(x => x.TemplateId == templateId && x.Code == code).Select(x => x.Id).SingleAsync();
    }

    private async Task<string> TemplateIdAsync()
    {
        await using var scope = factory.Database();
        return (await scope.Db.ChecklistTemplates.Where(t => t.Status == TemplateStatus.Published).Select(t => t.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture);
    }

    private async Task<InspectionAnswer> AnswerOfAsync(int inspectionId, int itemId)
    {
        await using var scope = factory.Database();
        return await scope.Db.InspectionAnswers.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.InspectionId == inspectionId && a.ItemId == itemId);
    }

    private async Task<InspectionStatus> StatusAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.Inspections.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Database();
        return await scope.Db.Inspections.CountAsync();
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using FireSafety.Core.Actions;
using FireSafety.Core.Common;
using FireSafety.Core.Incidents;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Incidents;

public sealed class IncidentPagesTests(IncidentPagesTests.Factory factory) : IClassFixture<IncidentPagesTests.Factory>
{
    /// <summary>A host on fake time, so "the future" is the test's to decide.</summary>
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    private DateTime NowLocal => VietnamTime.Now(factory.Time!);

    private static string Local(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task UnitHead_QuickReportWithPhoto_SavesIncidentTimelineAndPhoto_AndNotifiesOfficeAndLeader()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var occurred = NowLocal.AddMinutes(-10);

        var response = await PostQuickReportAsync(unitHead, new()
        {
            ["Input.Type"] = "Fire",
            ["Input.Place"] = "Kho lưu trữ, tầng 1",
            ["Input.OccurredAt"] = Local(occurred),
            ["Input.Summary"] = "Chập điện ổ cắm, khói ở kho lưu trữ",
        }, ("hien-truong.png", TestEvidence.Png));

        var target = response.RedirectTarget();
        Assert.StartsWith("/Incidents/Details/", target, StringComparison.Ordinal);
        var id = int.Parse(target["/Incidents/Details/".Length..], CultureInfo.InvariantCulture);
        await using (var scope = factory.Database())
        {
            var db = scope.Db;
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            var hctp = await IncidentTestData.UnitIdAsync(db, "HCTP");
            Assert.Equal((hctp, IncidentType.Fire, "Kho lưu trữ, tầng 1"), (incident.UnitId, incident.Type, incident.Place));
            Assert.Equal(VietnamTime.ToUtc(new DateTime(occurred.Year, occurred.Month, occurred.Day, occurred.Hour, occurred.Minute, 0)), incident.OccurredAtUtc);
            Assert.Null(incident.RecordedAtUtc);
            var photo = await db.EvidenceFiles.SingleAsync(f => f.Id == incident.PhotoFileId);
            Assert.Equal(hctp, photo.UnitId);
            var entry = Assert.Single(await db.IncidentTimelineEntries.Where(e => e.IncidentId == id).ToListAsync());
            Assert.Equal((IncidentEntryKind.Reported, hctp, DemoAccounts.UnitHead.Email), (entry.Kind, entry.UnitId, entry.UserName));

            var url = $"/Incidents/Details/{id}";
            var notified = await (from n in db.Notifications
                                  join u in db.Users on n.UserId equals u.Id
                                  where n.Url == url
                                  select new { u.Email, n.Kind, n.Text }).ToListAsync();
            Assert.Equal(
                [DemoAccounts.Leader.Email, DemoAccounts.Office.Email],
                notified.Select(n => n.Email).Order(StringComparer.Ordinal).ToList());
            Assert.All(notified, n => Assert.Equal(NotificationKind.IncidentReported, n.Kind));
            Assert.All(notified, n => Assert.Contains("Phòng Hành chính tư pháp", n.Text, StringComparison.Ordinal));
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var bell = await office.GetDocumentAsync("/Notifications");
        Assert.Contains(bell.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Incidents/Details/{id}");
        var details = await office.GetDocumentAsync($"/Incidents/Details/{id}");
        Assert.Equal("Chập điện ổ cắm, khói ở kho lưu trữ", details.QuerySelector("[data-testid=incident-summary]")!.TextContent.Trim());
        Assert.StartsWith("/Evidence/Download/", details.QuerySelector("[data-testid=photo-link]")!.GetAttribute("href"), StringComparison.Ordinal);
        var download = await office.Http.GetAsync(details.QuerySelector("[data-testid=photo-link]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task QuickReport_WithBadInput_ShowsVietnameseMessagesNextToTheFields_AndWritesNothing()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var before = await CountsAsync();

        var response = await PostQuickReportAsync(unitHead, new()
        {
            ["Input.Place"] = "",
            ["Input.OccurredAt"] = Local(NowLocal.AddHours(2)),
            ["Input.Summary"] = new string('x', IncidentLimits.Summary + 1),
        }, ("ghi-chu.png", "<html><script>alert(1)</script></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Vui lòng nhập nơi xảy ra.", page.FieldError("Input.Place"));
        Assert.Equal("Thời điểm không được ở tương lai.", page.FieldError("Input.OccurredAt"));
        Assert.Equal($"Không được dài quá {IncidentLimits.Summary} ký tự.", page.FieldError("Input.Summary"));
        Assert.Equal("Vui lòng chọn loại sự việc.", page.QuerySelector("fieldset .field-validation-error")!.TextContent.Trim());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task QuickReport_WithARefusedPhoto_ShowsTheReasonNextToThePhoto_AndWritesNothing()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var before = await CountsAsync();

        var response = await PostQuickReportAsync(unitHead, new()
        {
            ["Input.Type"] = "Explosion",
            ["Input.Place"] = "Phòng máy chủ",
            ["Input.OccurredAt"] = Local(NowLocal.AddMinutes(-5)),
            ["Input.Summary"] = "Nổ bộ lưu điện",
        }, ("anh.png", "<html><script>alert(1)</script></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).FieldError("Photo"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task UnitHead_CannotReportForAnotherUnit_ByPostingItsId()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        int other;
        await using (var scope = factory.Database())
        {
            other = await IncidentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
        }

        var before = await CountsAsync();
        var response = await PostQuickReportAsync(unitHead, new()
        {
            ["Input.Type"] = "Fire",
            ["Input.UnitId"] = other.ToString(CultureInfo.InvariantCulture),
            ["Input.Place"] = "Nơi khác",
            ["Input.OccurredAt"] = Local(NowLocal.AddMinutes(-5)),
            ["Input.Summary"] = "Báo hộ đơn vị khác",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Đơn vị không hợp lệ.", (await response.DocumentAsync()).FieldError("Input.UnitId"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Office_CompletesTheRecord_WithCodesCasualtiesAndFourOnSite()
    {
        var (id, hctp) = await QuickReportedAsync();
        int facilityId, areaId, causeId, heatId;
        await using (var scope = factory.Database())
        {
            facilityId = await scope.Db.Facilities.Where(f => f.UnitId == hctp).Select(f => f.Id).FirstAsync();
            areaId = await scope.Db.Areas.Where(a => a.FacilityId == facilityId).Select(a => a.Id).FirstAsync();
            causeId = await scope.Db.IncidentCodes.Where(c => c.Kind == IncidentCodeKind.Cause && c.Code == "01").Select(c => c.Id).SingleAsync();
            heatId = await scope.Db.IncidentCodes.Where(c => c.Kind == IncidentCodeKind.HeatSource && c.Code == "12").Select(c => c.Id).SingleAsync();
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var occurred = NowLocal.AddHours(-3);
        var response = await office.SubmitAsync($"/Incidents/Edit/{id}", new Dictionary<string, string?>
        {
            ["Input.OccurredAt"] = Local(occurred),
            ["Input.DetectedAt"] = Local(occurred.AddMinutes(2)),
            ["Input.ReportedAt"] = Local(occurred.AddMinutes(4)),
            ["Input.ReportedTo"] = "114 và Công an phường Thành Sen",
            ["Input.ControlledAt"] = Local(occurred.AddMinutes(15)),
            ["Input.EndedAt"] = Local(occurred.AddMinutes(40)),
            ["Input.FacilityId"] = facilityId.ToString(CultureInfo.InvariantCulture),
            ["Input.AreaId"] = areaId.ToString(CultureInfo.InvariantCulture),
            ["Input.Description"] = "Ổ cắm kéo dài bị chập, cháy lan sang giá hồ sơ.",
            ["Input.CauseId"] = causeId.ToString(CultureInfo.InvariantCulture),
            ["Input.HeatSourceId"] = heatId.ToString(CultureInfo.InvariantCulture),
            ["Input.Deaths"] = "0",
            ["Input.Injured"] = "1",
            ["Input.Rescued"] = "3",
            ["Input.PropertyLostVnd"] = "15000000",
            ["Input.PropertySavedVnd"] = "250000000",
            ["Input.ForcesMobilised"] = "Đội PCCC cơ sở 6 người, 4 bình bột",
            ["Input.OnSiteCommand"] = "true",
            ["Input.OnSiteForces"] = "true",
            ["Input.OnSiteEquipment"] = "true",
            ["Input.OnSiteNotes"] = "Chánh Văn phòng chỉ huy tại chỗ",
        }, "form[data-testid=record-form]");

        Assert.Equal($"/Incidents/Details/{id}", response.RedirectTarget());
        await using (var scope = factory.Database())
        {
            var incident = await scope.Db.Incidents.SingleAsync(i => i.Id == id);
            Assert.Equal((0, 1, 3, 15_000_000L, 250_000_000L), (incident.Deaths, incident.Injured, incident.Rescued, incident.PropertyLostVnd, incident.PropertySavedVnd));
            Assert.Equal((facilityId, areaId, causeId, heatId), (incident.FacilityId, incident.AreaId, incident.CauseId, incident.HeatSourceId));
            Assert.Equal((true, true, true, false), (incident.OnSiteCommand, incident.OnSiteForces, incident.OnSiteEquipment, incident.OnSiteLogistics));
            Assert.Equal(VietnamTime.ToUtc(Minute(occurred.AddMinutes(40))), incident.EndedAtUtc);
            Assert.NotNull(incident.RecordedAtUtc);
            Assert.Equal(2, incident.Version);
            Assert.Equal(
                [IncidentEntryKind.Reported, IncidentEntryKind.RecordUpdated],
                await scope.Db.IncidentTimelineEntries.Where(e => e.IncidentId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        }

        var details = await office.GetDocumentAsync($"/Incidents/Details/{id}");
        Assert.Equal("Chết: 0 · Bị thương: 1 · Cứu được: 3", details.QuerySelector("[data-testid=casualties]")!.TextContent.Trim());
        Assert.Equal("15.000.000 đ", details.QuerySelector("[data-testid=property-lost]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Record_WithTimesOutOfOrder_NegativeCounts_FutureDates_AndOversizedText_ShowsMessagesNextToTheFields_AndWritesNothing()
    {
        var (id, _) = await QuickReportedAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        var before = await CountsAsync();
        var occurred = NowLocal.AddHours(-2);

        var response = await office.SubmitAsync($"/Incidents/Edit/{id}", new Dictionary<string, string?>
        {
            ["Input.OccurredAt"] = Local(occurred),
            ["Input.DetectedAt"] = Local(occurred.AddMinutes(-30)),
            ["Input.ControlledAt"] = Local(occurred.AddMinutes(30)),
            ["Input.EndedAt"] = Local(occurred.AddMinutes(20)),
            ["Input.ReportedAt"] = Local(NowLocal.AddDays(1)),
            ["Input.Deaths"] = "-1",
            ["Input.Rescued"] = "-3",
            ["Input.PropertyLostVnd"] = "-500",
            ["Input.Description"] = new string('d', IncidentLimits.Description + 1),
        }, "form[data-testid=record-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var time = occurred.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal($"Không được trước lúc xảy ra ({time}).", page.FieldError("Input.DetectedAt"));
        Assert.Equal($"Không được trước lúc khống chế ({occurred.AddMinutes(30).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}).", page.FieldError("Input.EndedAt"));
        Assert.Equal("Thời điểm không được ở tương lai.", page.FieldError("Input.ReportedAt"));
        Assert.Equal("Số người không được âm.", page.FieldError("Input.Deaths"));
        Assert.Equal("Số người không được âm.", page.FieldError("Input.Rescued"));
        Assert.Equal("Giá trị tài sản không được âm.", page.FieldError("Input.PropertyLostVnd"));
        Assert.Equal($"Không được dài quá {IncidentLimits.Description} ký tự.", page.FieldError("Input.Description"));
        Assert.Equal(before, await CountsAsync());
        await using var scope = factory.Database();
        Assert.Equal(1, await scope.Db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
    }

    [Fact]
    public async Task Record_WithACodeFromTheWrongList_OrAnotherUnitsFacility_IsRefused()
    {
        var (id, _) = await QuickReportedAsync();
        int heatSource, otherFacility;
        await using (var scope = factory.Database())
        {
            heatSource = await scope.Db.IncidentCodes.Where(c => c.Kind == IncidentCodeKind.HeatSource).Select(c => c.Id).FirstAsync();
            var other = await IncidentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            otherFacility = await scope.Db.Facilities.Where(f => f.UnitId == other).Select(f => f.Id).FirstAsync();
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var before = await CountsAsync();
        var response = await office.SubmitAsync($"/Incidents/Edit/{id}", new Dictionary<string, string?>
        {
            ["Input.CauseId"] = heatSource.ToString(CultureInfo.InvariantCulture),
            ["Input.FacilityId"] = otherFacility.ToString(CultureInfo.InvariantCulture),
        }, "form[data-testid=record-form]");

        var page = await response.DocumentAsync();
        Assert.Equal("Giá trị không hợp lệ.", page.FieldError("Input.CauseId"));
        Assert.Equal("Cơ sở không thuộc đơn vị của sự việc.", page.FieldError("Input.FacilityId"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Record_SavedFromAStaleForm_ShowsTheConflict_AndKeepsTheOtherSave()
    {
        var (id, _) = await QuickReportedAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var stale = await unitHead.GetDocumentAsync($"/Incidents/Edit/{id}");
        var token = stale.QuerySelector("form[data-testid=record-form] input[name=__RequestVerificationToken]")!.GetAttribute("value");

        var first = await office.SubmitAsync($"/Incidents/Edit/{id}", new Dictionary<string, string?> { ["Input.Injured"] = "2" }, "form[data-testid=record-form]");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        string Value(string name) => stale.QuerySelector($"form[data-testid=record-form] input[name='{name}']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string?>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Version"] = Value("Input.Version"),
            ["Input.Type"] = "Fire",
            ["Input.Place"] = Value("Input.Place"),
            ["Input.OccurredAt"] = Value("Input.OccurredAt"),
            ["Input.Summary"] = "Sửa từ bản cũ",
            ["Input.Injured"] = "5",
        };
        var second = await unitHead.Http.PostAsync($"/Incidents/Edit/{id}", new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!))));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull((await second.DocumentAsync()).QuerySelector("[data-testid=concurrency-conflict]"));
        await using var scope = factory.Database();
        Assert.Equal(2, await scope.Db.Incidents.Where(i => i.Id == id).Select(i => i.Injured).SingleAsync());
    }

    [Fact]
    public async Task Timeline_AppendsNotes_RefusesEmptyOnes_AndLeadersOnlyRead()
    {
        var (id, _) = await QuickReportedAsync();
        var url = $"/Incidents/Details/{id}";
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);

        var added = await unitHead.SubmitAsync(url, new Dictionary<string, string?> { ["Note.Text"] = "Đã ngắt điện khu vực kho, thông gió." }, "form[data-testid=note-form]");
        Assert.Equal(url, added.RedirectTarget());

        var before = await CountsAsync();
        var empty = await unitHead.SubmitAsync(url, new Dictionary<string, string?> { ["Note.Text"] = " " }, "form[data-testid=note-form]");
        Assert.Equal("Vui lòng nhập nội dung.", (await empty.DocumentAsync()).FieldError("Note.Text"));

        var leader = await SignedInAsync(DemoAccounts.Leader);
        var leaderPage = await leader.GetDocumentAsync(url);
        Assert.Null(leaderPage.QuerySelector("form[data-testid=note-form]"));
        var forbidden = await leader.PostAsync($"{url}?handler=Note", new Dictionary<string, string?> { ["Note.Text"] = "Lãnh đạo ghi" }, url);
        Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden || forbidden.RedirectTarget().Contains("/Account/AccessDenied", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());

        var page = await unitHead.GetDocumentAsync(url);
        Assert.Equal(["Reported", "Note"], page.QuerySelectorAll("[data-testid=timeline] [data-testid=entry]").Select(e => e.GetAttribute("data-kind")!).ToList());
    }

    [Fact]
    public async Task OtherUnitHead_CannotAddToTheTimeline_OrEditTheRecord()
    {
        var (id, _) = await QuickReportedAsync();
        var other = await SignedInAsync(DemoAccounts.OtherUnitHead);
        var before = await CountsAsync();

        var note = await other.PostAsync($"/Incidents/Details/{id}?handler=Note", new Dictionary<string, string?> { ["Note.Text"] = "Ghi trái phép" }, "/Incidents");
        var edit = await other.PostAsync($"/Incidents/Edit/{id}", new Dictionary<string, string?> { ["Input.Summary"] = "Sửa trái phép", ["Input.Type"] = "Fire", ["Input.Place"] = "x", ["Input.OccurredAt"] = Local(NowLocal.AddHours(-1)) }, "/Incidents");

        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ChangingATimelineEntry_IsRefusedByTheContext()
    {
        var (id, _) = await QuickReportedAsync();
        await using var scope = factory.Database();
        var entry = await scope.Db.IncidentTimelineEntries.FirstAsync(e => e.IncidentId == id);
        entry.Text = "Sửa lịch sử";

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
        scope.Db.ChangeTracker.Clear();
        scope.Db.IncidentTimelineEntries.Remove(await scope.Db.IncidentTimelineEntries.FirstAsync(e => e.IncidentId == id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
    }

    [Fact]
    public async Task WordReport_IsAValidDocx_ForReaders_Audited_AndNotFoundForAnotherUnit()
    {
        var (id, _) = await QuickReportedAsync();
        var leader = await SignedInAsync(DemoAccounts.Leader);
        var details = await leader.GetDocumentAsync($"/Incidents/Details/{id}");
        var href = details.QuerySelector("[data-testid=docx-link]")!.GetAttribute("href")!;

        var response = await leader.Http.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"bao-cao-su-viec-{id}-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word));
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("PHÒNG HÀNH CHÍNH TƯ PHÁP", text, StringComparison.Ordinal);
            Assert.Contains("Khói ở kho lưu trữ", text, StringComparison.Ordinal);
        }

        await using (var scope = factory.Database())
        {
            Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.Action == Core.Auditing.AuditAction.Download && a.EntityType == nameof(Incident) && a.EntityKey == id.ToString(CultureInfo.InvariantCulture)));
        }

        var other = await SignedInAsync(DemoAccounts.OtherUnitHead);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Incidents/Details/{id}?handler=Docx")).StatusCode);
    }

    [Fact]
    public async Task Office_OpensAFollowUpAction_ThroughTheSharedMechanism_UnitHeadsAreNotified_AndItIsInTheReport()
    {
        var (id, hctp) = await QuickReportedAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        var url = $"/Incidents/Details/{id}";
        var due = VietnamTime.Today(factory.Time!).AddDays(14);

        var response = await office.SubmitAsync(url, new Dictionary<string, string?>
        {
            ["FollowUp.Title"] = "Thay toàn bộ ổ cắm kéo dài ở kho lưu trữ",
            ["FollowUp.OwnerName"] = "Trưởng phòng Hành chính tư pháp",
            ["FollowUp.DueOn"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["FollowUp.Severity"] = "Critical",
        }, "form[data-testid=follow-up-form]");

        Assert.Equal(url, response.RedirectTarget());
        await using (var scope = factory.Database())
        {
            var action = await scope.Db.CorrectiveActions.SingleAsync(a => a.Source == ActionSource.Incident && a.SourceId == id);
            Assert.Equal((hctp, due, Severity.Critical, ActionStatus.Open), (action.UnitId, action.DueOn, action.Severity, action.Status));
            Assert.Equal(("Thay toàn bộ ổ cắm kéo dài ở kho lưu trữ", "Trưởng phòng Hành chính tư pháp", (string?)null), (action.Title, action.OwnerName, action.OwnerUserId));
            var headId = await scope.Db.Users.Where(u => u.Email == DemoAccounts.UnitHead.Email).Select(u => u.Id).SingleAsync();
            Assert.True(await scope.Db.Notifications.AnyAsync(n => n.UserId == headId && n.Kind == NotificationKind.ActionOpened && n.Url == CorrectiveActions.Url(action.Id)));
            Assert.Equal(IncidentEntryKind.FollowUp, (await scope.Db.IncidentTimelineEntries.Where(e => e.IncidentId == id).OrderBy(e => e.Id).LastAsync()).Kind);
        }

        var page = await office.GetDocumentAsync(url);
        Assert.Equal("Thay toàn bộ ổ cắm kéo dài ở kho lưu trữ", page.QuerySelector("[data-testid=follow-up] a")!.TextContent.Trim());
        var docx = await office.Http.GetAsync($"{url}?handler=Docx");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Thay toàn bộ ổ cắm kéo dài ở kho lưu trữ — Trưởng phòng Hành chính tư pháp", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_WithBadInput_OrAnOwnerOfAnotherUnit_ShowsMessagesNextToTheFields_AndWritesNothing()
    {
        var (id, _) = await QuickReportedAsync();
        var office = await SignedInAsync(DemoAccounts.Office);
        string otherHead;
        await using (var scope = factory.Database())
        {
            otherHead = await scope.Db.Users.Where(u => u.Email == DemoAccounts.OtherUnitHead.Email).Select(u => u.Id).SingleAsync();
        }

        var before = await CountsAsync();
        var response = await office.SubmitAsync($"/Incidents/Details/{id}", new Dictionary<string, string?>
        {
            ["FollowUp.Title"] = "",
            ["FollowUp.OwnerUserId"] = otherHead,
            ["FollowUp.DueOn"] = VietnamTime.Today(factory.Time!).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "form[data-testid=follow-up-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Vui lòng nhập biện pháp khắc phục.", page.FieldError("FollowUp.Title"));
        Assert.Equal("Hạn hoàn thành không được trước hôm nay.", page.FieldError("FollowUp.DueOn"));
        Assert.Equal("Người chịu trách nhiệm không thuộc đơn vị của sự việc.", page.FieldError("FollowUp.OwnerUserId"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task FollowUp_IsRefused_ToTheLeader_AndNotFound_ForAnotherUnitsHead()
    {
        var (id, _) = await QuickReportedAsync();
        var before = await CountsAsync();
        var fields = new Dictionary<string, string?>
        {
            ["FollowUp.Title"] = "Giao trái phép",
            ["FollowUp.DueOn"] = VietnamTime.Today(factory.Time!).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["FollowUp.Severity"] = "Minor",
        };

        var leader = await SignedInAsync(DemoAccounts.Leader);
        var refused = await leader.PostAsync($"/Incidents/Details/{id}?handler=FollowUp", fields, $"/Incidents/Details/{id}");
        var other = await SignedInAsync(DemoAccounts.OtherUnitHead);
        var notFound = await other.PostAsync($"/Incidents/Details/{id}?handler=FollowUp", fields, "/Incidents");

        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.RedirectTarget().Contains("/Account/AccessDenied", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Id, int UnitId)> QuickReportedAsync()
    {
        var unitHead = await SignedInAsync(DemoAccounts.UnitHead);
        var response = await PostQuickReportAsync(unitHead, new()
        {
            ["Input.Type"] = "Fire",
            ["Input.Place"] = "Kho lưu trữ",
            ["Input.OccurredAt"] = Local(NowLocal.AddHours(-3)),
            ["Input.Summary"] = "Khói ở kho lưu trữ",
        });
        var id = int.Parse(response.RedirectTarget()["/Incidents/Details/".Length..], CultureInfo.InvariantCulture);
        await using var scope = factory.Database();
        return (id, await IncidentTestData.UnitIdAsync(scope.Db, "HCTP"));
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private static async Task<HttpResponseMessage> PostQuickReportAsync(PageClient client, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetDocumentAsync("/Incidents/Report");
        var form = page.QuerySelector("form[data-testid=quick-report]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var unit = form.QuerySelector("select[name='Input.UnitId'] option[selected]")?.GetAttribute("value");
        if (!fields.ContainsKey("Input.UnitId") && unit is not null)
        {
            content.Add(new StringContent(unit), "Input.UnitId");
        }

        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "Photo", name);
        }

        return await client.Http.PostAsync("/Incidents/Report", content);
    }

    private static DateTime Minute(DateTime local) => new(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0);

    /// <summary>Rows an incident page could write: incidents, timeline lines, files, notifications, data audit rows.</summary>
    private async Task<(int, int, int, int, int, long, int)> CountsAsync()
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        return (
            await db.Incidents.CountAsync(),
            await db.IncidentTimelineEntries.CountAsync(),
            await db.EvidenceFiles.CountAsync(),
            await db.Notifications.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action <= Core.Auditing.AuditAction.Delete),
            await db.Incidents.SumAsync(i => i.Version),
            await db.CorrectiveActions.CountAsync());
    }
}

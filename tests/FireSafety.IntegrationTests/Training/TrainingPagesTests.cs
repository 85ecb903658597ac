using System.Globalization;
using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Training;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Training;

public sealed class TrainingPagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    private async Task<(int Own, int Other)> UnitsAsync()
    {
        await using var scope = factory.Database();
        return (await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode), await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode));
    }

    [Fact]
    public async Task Dissemination_Create_Validates_RefusesAnotherUnit_ThenStoresWithAnAuditEntry()
    {
        var (own, other) = await UnitsAsync();
        var head = await SignInAsync(DemoAccounts.UnitHead);

        var form = await head.GetDocumentAsync("/Dissemination/Create");
        Assert.Equal(DisseminationActivity.DefaultTopic, form.QuerySelector("#Input_Topic")!.GetAttribute("value"));

        var bad = await (await head.SubmitAsync("/Dissemination/Create", new Dictionary<string, string?>
        {
            ["Input.UnitId"] = Id(other),
            ["Input.Topic"] = "",
            ["Input.Attendees"] = "-1",
            ["Input.HeldOn"] = "2999-01-01",
        })).DocumentAsync();
        Assert.Equal("Đơn vị không hợp lệ.", bad.FieldError("Input.UnitId"));
        Assert.Equal("Vui lòng chọn hình thức.", bad.FieldError("Input.Form"));
        Assert.Equal("Vui lòng nhập nội dung, chủ đề.", bad.FieldError("Input.Topic"));
        Assert.Equal("Số người tham dự phải từ 0 đến 100000.", bad.FieldError("Input.Attendees"));
        Assert.Equal("Ngày thực hiện không được sau hôm nay.", bad.FieldError("Input.HeldOn"));

        var created = await head.SubmitAsync("/Dissemination/Create", new Dictionary<string, string?>
        {
            ["Input.Form"] = nameof(DisseminationForm.Meeting),
            ["Input.HeldOn"] = "2026-02-10",
            ["Input.Topic"] = "Quán triệt Kết luận số 02-KL/TW (lần 2)",
            ["Input.Attendees"] = "14",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await head.GetDocumentAsync("/Dissemination?year=2026&form=Meeting&topic=(lần 2)");
        Assert.Equal("1", list.QuerySelector("[data-testid=total]")!.TextContent.Trim());
        Assert.Equal("14", list.QuerySelector("[data-testid=attendees-total]")!.TextContent.Trim());
        await using var assert = factory.Database();
        var stored = await assert.Db.DisseminationActivities.SingleAsync(a => a.Topic == "Quán triệt Kết luận số 02-KL/TW (lần 2)");
        Assert.Equal(own, stored.UnitId);
        Assert.False(await assert.Db.DisseminationActivities.AnyAsync(a => a.UnitId == other && a.Attendees == -1));
        Assert.True(await assert.Db.AuditEntries.AnyAsync(e => e.EntityType == nameof(DisseminationActivity) && e.EntityKey == Id(stored.Id) && e.Action == AuditAction.Insert && e.UnitId == own));
    }

    [Fact]
    public async Task Dissemination_EditAndDelete_AskForConfirmation_AreAudited_AndALeaderOnlyReads()
    {
        var (own, _) = await UnitsAsync();
        DisseminationActivity activity;
        await using (var scope = factory.Database())
        {
            activity = await TrainingTestData.ActivityAsync(scope.Db, own, topic: "Tiêu lệnh chữa cháy");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var saved = await head.SubmitAsync($"/Dissemination/Edit/{Id(activity.Id)}", new Dictionary<string, string?> { ["Input.Attendees"] = "31" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var leader = await SignInAsync(DemoAccounts.Leader);
        Assert.NotNull((await leader.GetDocumentAsync("/Dissemination")).QuerySelector($"[data-testid=activity][data-id='{Id(activity.Id)}']"));
        var refused = await leader.Http.GetAsync($"/Dissemination/Delete/{Id(activity.Id)}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        var confirm = await head.GetDocumentAsync($"/Dissemination/Delete/{Id(activity.Id)}");
        Assert.Contains("Tiêu lệnh chữa cháy", confirm.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        await using (var scope = factory.Database())
        {
            Assert.Equal(31, (await scope.Db.DisseminationActivities.SingleAsync(a => a.Id == activity.Id)).Attendees);
        }

        var deleted = await head.SubmitAsync($"/Dissemination/Delete/{Id(activity.Id)}", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var assert = factory.Database();
        Assert.False(await assert.Db.DisseminationActivities.AnyAsync(a => a.Id == activity.Id));
        var trail = await assert.Db.AuditEntries.Where(e => e.EntityType == nameof(DisseminationActivity) && e.EntityKey == Id(activity.Id)).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Delete], trail);
    }

    [Fact]
    public async Task Dissemination_AStaleEdit_ShowsTheConflict()
    {
        var (own, _) = await UnitsAsync();
        DisseminationActivity activity;
        await using (var scope = factory.Database())
        {
            activity = await TrainingTestData.ActivityAsync(scope.Db, own);
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var stale = await head.SubmitAsync($"/Dissemination/Edit/{Id(activity.Id)}", new Dictionary<string, string?> { ["Input.Attendees"] = "5", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        await using var assert = factory.Database();
        Assert.Equal(activity.Attendees, (await assert.Db.DisseminationActivities.SingleAsync(a => a.Id == activity.Id)).Attendees);
    }

    [Fact]
    public async Task Training_Create_Validates_ThenShowsTheExpiringBadge_AndTheStatusFilterKeepsToTheOwnUnit()
    {
        var (own, other) = await UnitsAsync();
        await using (var scope = factory.Database())
        {
            var today = Core.Common.VietnamTime.Today(TimeProvider.System);
            await TrainingTestData.RecordAsync(scope.Db, other, "Người đơn vị khác", expiresOn: today.AddDays(3));
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var bad = await (await head.SubmitAsync("/Training/Create", new Dictionary<string, string?>
        {
            ["Input.UnitId"] = Id(other),
            ["Input.CompletedOn"] = "2026-03-01",
            ["Input.CertificateExpiresOn"] = "2026-02-01",
        })).DocumentAsync();
        Assert.Equal("Đơn vị không hợp lệ.", bad.FieldError("Input.UnitId"));
        Assert.Equal("Vui lòng nhập họ và tên.", bad.FieldError("Input.PersonName"));
        Assert.Equal("Vui lòng nhập tên khóa huấn luyện.", bad.FieldError("Input.CourseName"));
        Assert.Equal("Ngày hết hạn phải sau ngày hoàn thành.", bad.FieldError("Input.CertificateExpiresOn"));
        Assert.Equal("Vui lòng nhập số chứng nhận khi có ngày hết hạn.", bad.FieldError("Input.CertificateNumber"));

        var expiry = Core.Common.VietnamTime.Today(TimeProvider.System).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await head.SubmitAsync("/Training/Create", new Dictionary<string, string?>
        {
            ["Input.PersonName"] = "Võ Thị Sắp Hết",
            ["Input.Position"] = "Chuyên viên",
            ["Input.CourseName"] = "Huấn luyện nghiệp vụ PCCC và CNCH",
            ["Input.Provider"] = "Công an tỉnh Hà Tĩnh",
            ["Input.CompletedOn"] = "2021-12-01",
            ["Input.CertificateNumber"] = "99/CN-PC07",
            ["Input.CertificateExpiresOn"] = expiry,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var expiring = await head.GetDocumentAsync("/Training?status=Expiring");
        var rows = expiring.QuerySelectorAll("[data-testid=record]").ToList();
        var row = Assert.Single(rows);
        Assert.Contains("Võ Thị Sắp Hết", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sắp hết hạn", row.QuerySelector("[data-testid=certificate-status]")!.TextContent.Trim());
        Assert.Contains("list-group-item-warning", row.ClassName, StringComparison.Ordinal);
        Assert.NotNull(expiring.QuerySelector("[data-testid=expiring-count]"));
        await using var assert = factory.Database();
        var stored = await assert.Db.TrainingRecords.SingleAsync(r => r.PersonName == "Võ Thị Sắp Hết");
        Assert.Equal(own, stored.UnitId);
        Assert.True(await assert.Db.AuditEntries.AnyAsync(e => e.EntityType == nameof(TrainingRecord) && e.EntityKey == Id(stored.Id) && e.Action == AuditAction.Insert));
    }

    [Fact]
    public async Task Training_EditAndDelete_AreAudited_AndALeaderCannotEdit()
    {
        var (own, _) = await UnitsAsync();
        TrainingRecord record;
        await using (var scope = factory.Database())
        {
            record = await TrainingTestData.RecordAsync(scope.Db, own, "Đặng Văn Sửa");
        }

        var head = await SignInAsync(DemoAccounts.UnitHead);
        var saved = await head.SubmitAsync($"/Training/Edit/{Id(record.Id)}", new Dictionary<string, string?> { ["Input.CertificateNumber"] = "200/CN-PC07" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var leader = await SignInAsync(DemoAccounts.Leader);
        var refused = await leader.Http.GetAsync($"/Training/Edit/{Id(record.Id)}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        var confirm = await head.GetDocumentAsync($"/Training/Delete/{Id(record.Id)}");
        Assert.Contains("Đặng Văn Sửa", confirm.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync($"/Training/Delete/{Id(record.Id)}", new Dictionary<string, string?>())).StatusCode);

        await using var assert = factory.Database();
        Assert.False(await assert.Db.TrainingRecords.AnyAsync(r => r.Id == record.Id));
        var trail = await assert.Db.AuditEntries.Where(e => e.EntityType == nameof(TrainingRecord) && e.EntityKey == Id(record.Id)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Delete], trail.Select(e => e.Action));
        Assert.Contains("200/CN-PC07", trail[1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dissemination_AnEvidenceFile_IsStoredUnderTheUnit_AndLinkedFromTheList()
    {
        var (own, _) = await UnitsAsync();
        var head = await SignInAsync(DemoAccounts.UnitHead);

        var created = await head.SubmitMultipartAsync("/Dissemination/Create", "form[data-testid=activity-form]", new Dictionary<string, string?>
        {
            ["Input.Form"] = nameof(DisseminationForm.NoticeBoard),
            ["Input.HeldOn"] = "2026-03-02",
            ["Input.Topic"] = "Niêm yết Kết luận 02-KL/TW (ảnh)",
            ["Input.Attendees"] = "0",
        }, ("bang-tin.png", TestEvidence.Png));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await using var assert = factory.Database();
        var stored = await assert.Db.DisseminationActivities.SingleAsync(a => a.Topic == "Niêm yết Kết luận 02-KL/TW (ảnh)");
        Assert.NotNull(stored.EvidenceFileId);
        Assert.Equal(own, (await assert.Db.EvidenceFiles.SingleAsync(f => f.Id == stored.EvidenceFileId)).UnitId);
        var list = await head.GetDocumentAsync("/Dissemination?topic=(ảnh)");
        var link = list.QuerySelector("[data-testid=evidence]")!.GetAttribute("href")!;
        var download = await head.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);

        var bad = await head.SubmitMultipartAsync($"/Dissemination/Edit/{Id(stored.Id)}", "form[data-testid=activity-form]", new Dictionary<string, string?>(), ("khong-phai-anh.png", "not an image"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await bad.DocumentAsync()).FieldError("Files"));
    }
}

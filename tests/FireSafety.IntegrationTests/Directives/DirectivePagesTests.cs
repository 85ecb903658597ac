using System.Net;
using AngleSharp.Html.Dom;
using FireSafety.Core.Auditing;
using FireSafety.Core.Directives;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Directives;

public sealed class DirectivePagesTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static readonly string SeedLetter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Directives", "Fixtures", "757-STP-VP.txt"));

    [Fact]
    public async Task Import_SeedLetter_ReviewResolvesUnits_ConfirmCreatesEverythingAudited_ThenAssignIsIdempotent()
    {
        var office = await SignedInAsync(DemoAccounts.Office);

        var parsed = await office.SubmitAsync("/Directives/Import", new Dictionary<string, string?> { ["Text"] = SeedLetter });

        Assert.Equal(HttpStatusCode.OK, parsed.StatusCode);
        var review = await parsed.DocumentAsync();
        var tasks = review.QuerySelectorAll("[data-testid=review-task]");
        Assert.Equal(5, tasks.Length);
        var leads = review.QuerySelectorAll("select[data-testid=lead-unit]").Cast<IHtmlSelectElement>().Select(s => s.SelectedOptions.FirstOrDefault()?.TextContent.Trim() ?? "").ToList();
        Assert.Contains("Văn phòng Sở (VP)", leads[3], StringComparison.Ordinal);
        Assert.Contains("Văn phòng Sở (VP)", leads[4], StringComparison.Ordinal);
        Assert.Empty(review.QuerySelectorAll("[data-testid=unresolved-lead]"));
        Assert.Equal(3, review.QuerySelectorAll("[data-testid=basis-new]").Length + review.QuerySelectorAll("[data-testid=basis-linked]").Length);
        Assert.Equal("757/STP-VP", ((IHtmlInputElement)review.QuerySelector("input[name='Input.Number']")!).Value);
        await using (var scope = factory.Database())
        {
            Assert.False(await scope.Db.Directives.AnyAsync(d => d.Number == "757/STP-VP"), "the review stored something");
        }

        // One-off tasks need a due date to be assigned; the office fills it in on the review.
        var fields = FormValues((IHtmlFormElement)review.QuerySelector("form[data-testid=import-review]")!);
        for (var i = 0; i < 5; i++)
        {
            if (fields.All(f => f.Key != $"Tasks[{i}].RhythmKind" || string.IsNullOrEmpty(f.Value)))
            {
                fields.RemoveAll(f => f.Key == $"Tasks[{i}].DueOn");
                fields.Add(new($"Tasks[{i}].DueOn", "2026-12-31"));
            }
        }

        // The review form carries its own antiforgery token; post it as a browser would (repeated names kept).
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");
        var confirmed = await office.Http.PostAsync("/Directives/Import?handler=Confirm", new FormUrlEncodedContent(fields));
        Assert.StartsWith("/Directives/Details/", confirmed.RedirectTarget(), StringComparison.Ordinal);

        int directiveId;
        await using (var scope = factory.Database())
        {
            var directive = await scope.Db.Directives.Include(d => d.Bases).ThenInclude(b => b.Basis).Include(d => d.Tasks).ThenInclude(t => t.Units)
                .SingleAsync(d => d.Number == "757/STP-VP");
            directiveId = directive.Id;
            Assert.False(directive.IsReferenceOnly);
            Assert.Equal(new DateOnly(2022, 8, 19), directive.IssuedOn);
            Assert.Equal("Trần Thị Kiều Oanh", directive.SignerName);
            Assert.Equal(["443/KH-UBND", "02-KL/TW", "47-CT/TW"], directive.Bases.OrderBy(b => b.Order).Select(b => b.Basis!.Number));
            Assert.All(directive.Bases, b => Assert.True(b.Basis!.IsReferenceOnly));
            Assert.Equal(5, directive.Tasks.Count);
            var vp = await scope.Db.Units.Where(u => u.Code == "VP").Select(u => u.Id).SingleAsync();
            var ordered = directive.Tasks.OrderBy(t => t.SortOrder).ToList();
            Assert.Equal(vp, ordered[3].LeadUnitId);
            Assert.Contains(ordered[3].Units, u => u.UnitId == vp && u.IsLead);
            Assert.Equal(RhythmKind.Yearly, ordered[4].RhythmKind);
            Assert.True(ordered[0].Units.Count >= 3, "an every-unit task goes to every division and centre");
            Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == "Directive" && a.EntityKey == directiveId.ToString() && a.Action == AuditAction.Insert && a.UserName == DemoAccounts.Office.Email));
            var taskKeys = directive.Tasks.Select(t => (string?)t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(5, await scope.Db.AuditEntries.CountAsync(a => a.EntityType == "DirectiveTask" && a.Action == AuditAction.Insert && taskKeys.Contains(a.EntityKey)));
        }

        var details = await office.GetDocumentAsync($"/Directives/Details/{directiveId}");
        Assert.Equal(3, details.QuerySelectorAll("[data-testid=bases] a").Length);
        Assert.Equal(5, details.QuerySelectorAll("[data-testid=tasks] > li").Length);

        var assigned = await office.PostAsync($"/Directives/Details/{directiveId}?handler=Assign", new Dictionary<string, string?>(), $"/Directives/Details/{directiveId}");
        Assert.Equal($"/Directives/Details/{directiveId}", assigned.RedirectTarget());
        int total;
        await using (var scope = factory.Database())
        {
            var perUnit = await scope.Db.TaskAssignments.Where(a => a.Task!.DirectiveId == directiveId)
                .GroupBy(a => a.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            var hctp = await scope.Db.Units.Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
            var vp = await scope.Db.Units.Where(u => u.Code == "VP").Select(u => u.Id).SingleAsync();
            Assert.Equal(3, perUnit[hctp]);
            var yearlyPeriods = RecurrenceSchedule.Opened(Rhythm.AfterPeriodEnd(RhythmKind.Yearly, 0), new DateOnly(2022, 8, 19), TimeProvider.System).Count;
            Assert.Equal(3 + 1 + yearlyPeriods, perUnit[vp]);
            total = perUnit.Values.Sum();
            Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == "TaskAssignment" && a.Action == AuditAction.Insert));
        }

        var again = await office.PostAsync($"/Directives/Details/{directiveId}?handler=Assign", new Dictionary<string, string?>(), $"/Directives/Details/{directiveId}");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = factory.Database())
        {
            Assert.Equal(total, await scope.Db.TaskAssignments.CountAsync(a => a.Task!.DirectiveId == directiveId));
        }

        // The unit now sees the directive that concerns it.
        var head = await SignedInAsync(DemoAccounts.UnitHead);
        var list = await head.GetDocumentAsync("/Directives");
        Assert.Contains("757/STP-VP", Numbers(list));
    }

    [Fact]
    public async Task Import_Confirm_WithEmptySubject_ShowsVietnameseMessage_AndWritesNothing()
    {
        var office = await SignedInAsync(DemoAccounts.Office);
        int before;
        await using (var scope = factory.Database())
        {
            before = await scope.Db.Directives.CountAsync();
        }

        var response = await office.PostAsync("/Directives/Import?handler=Confirm", new Dictionary<string, string?>
        {
            ["Input.Number"] = "900/STP-VP",
            ["Input.Subject"] = "",
            ["Bases[0].Number"] = "1/KH-TEST",
            ["Tasks[0].Include"] = "true",
            ["Tasks[0].Text"] = "Tự kiểm tra phương tiện",
        }, "/Directives/Import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.DocumentAsync();
        Assert.Equal("Vui lòng nhập trích yếu.", document.FieldError("Input.Subject"));
        Assert.Equal("Vui lòng chọn đơn vị chủ trì, hoặc giao cho tất cả đơn vị.", document.FieldError("Tasks[0].LeadUnitId"));
        await using var after = factory.Database();
        Assert.Equal(before, await after.Db.Directives.CountAsync());
    }

    [Fact]
    public async Task Create_ThenSearchWithoutDiacritics_FindsIt_AndValidationIsVietnamese()
    {
        var office = await SignedInAsync(DemoAccounts.Office);

        var invalid = await office.SubmitAsync("/Directives/Create", new Dictionary<string, string?> { ["Input.Number"] = "", ["Input.Subject"] = "" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var form = await invalid.DocumentAsync();
        Assert.Equal("Vui lòng nhập số, ký hiệu văn bản.", form.FieldError("Input.Number"));
        Assert.Equal("Vui lòng nhập trích yếu.", form.FieldError("Input.Subject"));

        var created = await office.SubmitAsync("/Directives/Create", new Dictionary<string, string?>
        {
            ["Input.Number"] = "99/KH-STP",
            ["Input.Kind"] = "Kế hoạch",
            ["Input.IssuedOn"] = "2025-03-10",
            ["Input.Subject"] = "Kế hoạch kiểm tra công tác phòng cháy, chữa cháy năm 2025",
        });
        Assert.StartsWith("/Directives/Details/", created.RedirectTarget(), StringComparison.Ordinal);

        var found = await office.GetDocumentAsync("/Directives?q=kiem+tra+phong+chay");
        var byYear = await office.GetDocumentAsync("/Directives?year=2025&referenceOnly=false");
        var none = await office.GetDocumentAsync("/Directives?q=kiem+tra+phong+chay&year=2019");

        Assert.Contains("99/KH-STP", Numbers(found));
        Assert.Contains("99/KH-STP", Numbers(byYear));
        Assert.DoesNotContain("99/KH-STP", Numbers(none));
        await using var scope = factory.Database();
        var directive = await scope.Db.Directives.SingleAsync(d => d.Number == "99/KH-STP");
        Assert.Equal(new DateOnly(2025, 3, 10), directive.IssuedOn);
        Assert.True(await scope.Db.AuditEntries.AnyAsync(a => a.EntityType == "Directive" && a.EntityKey == directive.Id.ToString() && a.Action == AuditAction.Insert));
    }

    [Fact]
    public async Task UnitHead_SeesOnlyDirectivesConcerningTheirUnit_AndGetsNotFoundOnAnother()
    {
        int own;
        int other;
        await using (var scope = factory.Database())
        {
            var hctp = await scope.Db.Units.Where(u => u.Code == DemoAccounts.UnitHead.UnitCode).Select(u => u.Id).SingleAsync();
            var otherUnit = await scope.Db.Units.Where(u => u.Code == DemoAccounts.OtherUnitHead.UnitCode).Select(u => u.Id).SingleAsync();
            own = await TestDirectives.OfUnitAsync(scope.Db, hctp);
            other = await TestDirectives.OfUnitAsync(scope.Db, otherUnit);
        }

        var head = await SignedInAsync(DemoAccounts.UnitHead);

        var list = Numbers(await head.GetDocumentAsync("/Directives"));
        var ownDetails = await head.Http.GetAsync($"/Directives/Details/{own}");
        var otherDetails = await head.Http.GetAsync($"/Directives/Details/{other}");
        var assign = await head.PostAsync($"/Directives/Details/{own}?handler=Assign", new Dictionary<string, string?>(), $"/Directives/Details/{own}");

        await using var check = factory.Database();
        var ownNumber = await check.Db.Directives.Where(d => d.Id == own).Select(d => d.Number).SingleAsync();
        var otherNumber = await check.Db.Directives.Where(d => d.Id == other).Select(d => d.Number).SingleAsync();
        Assert.Contains(ownNumber, list);
        Assert.DoesNotContain(otherNumber, list);
        Assert.Equal(HttpStatusCode.OK, ownDetails.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDetails.StatusCode);
        Assert.Contains("/Account/AccessDenied", assign.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_OneOffTaskWithoutDueDate_IsRefusedWithVietnameseMessage_AndWritesNothing()
    {
        int id;
        await using (var scope = factory.Database())
        {
            var hctp = await scope.Db.Units.Where(u => u.Code == "HCTP").Select(u => u.Id).SingleAsync();
            var task = new DirectiveTask { Text = "Kiểm tra bình chữa cháy", Categories = nameof(TaskCategory.Equipment), LeadUnitId = hctp };
            task.Units.Add(new DirectiveTaskUnit { UnitId = hctp, IsLead = true });
            var directive = new Directive { Number = "55/STP-VP", Subject = "V/v kiểm tra bình chữa cháy", CreatedAtUtc = DateTime.UtcNow, Tasks = [task] };
            scope.Db.Directives.Add(directive);
            await scope.Db.SaveChangesAsync();
            id = directive.Id;
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var response = await office.PostAsync($"/Directives/Details/{id}?handler=Assign", new Dictionary<string, string?>(), $"/Directives/Details/{id}");
        var page = await office.GetDocumentAsync(response.RedirectTarget());

        Assert.Contains("Nhiệm vụ chưa có hạn hoàn thành, chưa giao được: 1", page.Body!.TextContent, StringComparison.Ordinal);
        await using var check = factory.Database();
        Assert.False(await check.Db.TaskAssignments.AnyAsync(a => a.Task!.DirectiveId == id));
    }

    [Fact]
    public async Task Leader_ReadsDirectives_ButCannotCreateOrImport()
    {
        var leader = await SignedInAsync(DemoAccounts.Leader);

        var list = await leader.Http.GetAsync("/Directives");
        var create = await leader.PostAsync("/Directives/Create", new Dictionary<string, string?>
        {
            ["Input.Number"] = "1/LD",
            ["Input.Subject"] = "Không được phép",
        }, "/Directives");
        var import = await leader.Http.GetAsync("/Directives/Import");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("/Account/AccessDenied", create.RedirectTarget(), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", import.RedirectTarget(), StringComparison.Ordinal);
        await using var scope = factory.Database();
        Assert.False(await scope.Db.Directives.AnyAsync(d => d.Number == "1/LD"));
    }

    [Fact]
    public async Task OriginalFile_AttachedOnEdit_IsDownloadedThroughTheDirective_ByItsUnitsOnly_AndABadFileIsRefused()
    {
        int id;
        await using (var scope = factory.Database())
        {
            id = await TestDirectives.OfUnitAsync(scope.Db, await scope.Db.Units.Where(u => u.Code == DemoAccounts.UnitHead.UnitCode).Select(u => u.Id).SingleAsync());
        }

        var office = await SignedInAsync(DemoAccounts.Office);
        var edit = $"/Directives/Edit/{id}";

        var refused = await PostWithFileAsync(office, edit, ("van-ban.pdf", "<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.DocumentAsync()).FieldError("OriginalFile"));
        Assert.Null(await OriginalFileIdAsync(id));

        var saved = await PostWithFileAsync(office, edit, ("ban-scan-757.png", TestEvidence.Png));
        Assert.Equal($"/Directives/Details/{id}", saved.RedirectTarget());
        Assert.NotNull(await OriginalFileIdAsync(id));
        var details = await office.GetDocumentAsync($"/Directives/Details/{id}");
        Assert.Equal($"/Directives/Details/{id}?handler=Original", details.QuerySelector("[data-testid=original-link]")!.GetAttribute("href"));

        var head = await SignedInAsync(DemoAccounts.UnitHead);
        var download = await head.Http.GetAsync($"/Directives/Details/{id}?handler=Original");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);

        var other = await SignedInAsync(DemoAccounts.OtherUnitHead);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Directives/Details/{id}?handler=Original")).StatusCode);

        var editPage = await office.GetDocumentAsync(edit);
        Assert.Equal("ban-scan-757.png", editPage.QuerySelector("[data-testid=original-file] [data-testid=original-link]")!.TextContent.Trim());
        var removed = await PostWithFileAsync(office, edit, null, ("RemoveOriginal", "true"));
        Assert.Equal($"/Directives/Details/{id}", removed.RedirectTarget());
        Assert.Null(await OriginalFileIdAsync(id));
    }

    private async Task<Guid?> OriginalFileIdAsync(int id)
    {
        await using var scope = factory.Database();
        return await scope.Db.Directives.Where(d => d.Id == id).Select(d => d.OriginalFileId).SingleAsync();
    }

    /// <summary>Posts the page's form as a browser would, as multipart, with a file and extra fields.</summary>
    private static async Task<HttpResponseMessage> PostWithFileAsync(PageClient client, string url, (string Name, byte[] Bytes)? file, params (string Key, string Value)[] extra)
    {
        var page = await client.GetDocumentAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in FormValues(form).Select(v => (v.Key, v.Value)).Concat(extra))
        {
            content.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            content.Add(new ByteArrayContent(f.Bytes), "OriginalFile", f.Name);
        }

        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static List<string> Numbers(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("[data-testid=directives] tbody td:first-child a").Select(a => a.TextContent.Trim())];

    /// <summary>The values a browser would post for <paramref name="form"/>.</summary>
    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "file"):
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    values.Add(new(textArea.Name!, textArea.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }

        return values;
    }

    private async Task<PageClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }
}

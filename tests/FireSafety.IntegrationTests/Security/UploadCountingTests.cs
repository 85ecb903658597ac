using System.Globalization;
using System.Net;
using FireSafety.Core.Inspections;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// The upload allowance (30 a minute per user, the default) counts posts that carry a file, not
/// every multipart form: checklist answers are multipart (htmx) and a unit head answers quickly.
/// </summary>
public sealed class UploadCountingTests(UploadCountingTests.Factory factory) : IClassFixture<UploadCountingTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => With("Security:UploadRequestsPerMinute", "30");
    }

    [Fact]
    public async Task FortyAnswerPostsWithoutFiles_AllSucceed_While31RealUploads_Get429WithRetryAfter()
    {
        int inspectionId;
        List<int> items;
        await using (var scope = factory.Database())
        {
            inspectionId = await DraftInspectionAsync(scope.Db, "HCTP");
            var templateId = await scope.Db.Inspections.Where(i => i.Id == inspectionId).Select(i => i.TemplateId).SingleAsync();
            items = await scope.Db.ChecklistItems.Where(i => i.Section!.TemplateId == templateId).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        }

        var unitHead = new PageClient(factory.CreateAppClient());
        await unitHead.SignInAsync(DemoAccounts.UnitHead);
        var token = (await unitHead.GetDocumentAsync($"/Inspections/Fill/{inspectionId}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // As the browser sends an item form whose file field was left empty: a part with filename="".
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            answers.Add((await AnswerAsync(unitHead, inspectionId, items[i % items.Count], token, file: null, versionOf: VersionAsync)).StatusCode);
        }

        Assert.All(answers, s => Assert.Equal(HttpStatusCode.Redirect, s));

        var uploads = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 31; i++)
        {
            last = await AnswerAsync(unitHead, inspectionId, items[i % items.Count], token, file: TestEvidence.Png, versionOf: VersionAsync);
            uploads.Add(last.StatusCode);
        }

        Assert.All(uploads.Take(30), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, uploads[30]);
        Assert.True(int.Parse(Assert.Single(last!.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Quá nhiều yêu cầu", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The refused upload stored nothing, and answering without a file still works.
        await using (var scope = factory.Database())
        {
            Assert.Equal(30, await scope.Db.InspectionAnswers.Where(a => a.InspectionId == inspectionId).SelectMany(a => a.Files).CountAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(unitHead, inspectionId, items[0], token, file: null, versionOf: VersionAsync)).StatusCode);
    }

    private async Task<long> VersionAsync(int inspectionId, int itemId)
    {
        await using var scope = factory.Database();
        return await scope.Db.InspectionAnswers.Where(a => a.InspectionId == inspectionId && a.ItemId == itemId).Select(a => (long?)a.Version).SingleOrDefaultAsync() ?? 0;
    }

    /// <summary>A draft self-inspection of the unit's first facility.</summary>
    internal static async Task<int> DraftInspectionAsync(Core.Data.FireSafetyDbContext db, string unitCode, string? startedBy = null)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var facility = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).Select(f => f.Id).FirstAsync();
        var inspection = new Inspection
        {
            UnitId = unitId,
            FacilityId = facility,
            Inspectors = startedBy ?? "Phạm Thị Hồng, Trưởng phòng",
            TemplateId = await InspectionTestData.PublishedTemplateIdAsync(db),
            InspectedOn = new DateOnly(2026, 11, 10),
            Status = InspectionStatus.Draft,
            StartedAtUtc = DateTime.UtcNow,
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        return inspection.Id;
    }

    /// <summary>Answers an item as "Pass" against its stored version, as a multipart form (with or without a file).</summary>
    internal static async Task<HttpResponseMessage> AnswerAsync(PageClient client, int inspectionId, int itemId, string token, byte[]? file, long? version = null, Func<int, int, Task<long>>? versionOf = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(itemId.ToString(CultureInfo.InvariantCulture)), "ItemId" },
            { new StringContent("Pass"), "Result" },
            { new StringContent(string.Empty), "Note" },
            { new StringContent((version ?? (versionOf is null ? 0 : await versionOf(inspectionId, itemId))).ToString(CultureInfo.InvariantCulture)), "Version" },
        };
        var part = new ByteArrayContent(file ?? []);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file is null ? "application/octet-stream" : "image/png");
        part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"Files\"", FileName = file is null ? "\"\"" : "\"anh.png\"" };
        content.Add(part);
        return await client.Http.PostAsync(new Uri($"/Inspections/Fill/{inspectionId}?handler=Answer", UriKind.Relative), content);
    }
}

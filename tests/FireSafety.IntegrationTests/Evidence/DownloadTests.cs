using System.Net;
using FireSafety.Core.Auditing;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Evidence;

public sealed class DownloadTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public async Task Download_OwnUnitsFile_IsAnAuditedAttachmentTheBrowserMayNotSniff()
    {
        Guid id;
        await using (var scope = factory.Database())
        {
            var unitId = await scope.Db.Units.Where(u => u.Code == DemoAccounts.UnitHead.UnitCode).Select(u => u.Id).SingleAsync();
            id = await TestEvidence.FileOfUnitAsync(scope.Services, scope.Db, unitId);
        }

        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.UnitHead);

        var response = await client.Http.GetAsync($"/Evidence/Download/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        // Stored re-encoded (metadata stripped), so compare the signature, not the bytes.
        Assert.Equal(TestEvidence.Png[..8], (await response.Content.ReadAsByteArrayAsync())[..8]);
        await using var check = factory.Database();
        Assert.True(await check.Db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Download && a.EntityKey == id.ToString() && a.UserName == DemoAccounts.UnitHead.Email));
    }

    [Fact]
    public async Task Download_UnknownId_IsNotFound()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Evidence/Download/{Guid.NewGuid()}")).StatusCode);
    }
}

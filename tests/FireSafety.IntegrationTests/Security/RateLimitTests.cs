using System.Net;
using FireSafety.Core.Users;
using FireSafety.TestSupport;

namespace FireSafety.IntegrationTests.Security;

public sealed class RateLimitTests : IClassFixture<RateLimitTests.Factory>
{
    private readonly Factory _factory;

    public RateLimitTests(Factory factory) => _factory = factory;

    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => With("Security:LoginRequestsPerMinute", "3");
    }

    [Fact]
    public async Task SignInAttempts_PastTheLimit_Answer429WithRetryAfter_InVietnamese()
    {
        var client = new PageClient(_factory.CreateAppClient());
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.SubmitAsync("/Account/Login", new Dictionary<string, string?>
            {
                ["Input.Email"] = DemoAccounts.Leader.Email,
                ["Input.Password"] = "not-the-password-1",
            });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(Assert.Single(last!.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Quá nhiều yêu cầu", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Showing the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Account/Login")).StatusCode);
    }
}

public sealed class UploadRateLimitTests(UploadRateLimitTests.Factory factory) : IClassFixture<UploadRateLimitTests.Factory>
{
    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => With("Security:UploadRequestsPerMinute", "2");
    }

    [Fact]
    public async Task Uploads_PastTheLimit_Answer429WithRetryAfter_PerUser_AndOtherPostsAreNotCounted()
    {
        int assignment;
        await using (var scope = factory.Database())
        {
            var directive = await Tasks.TaskTestData.DirectiveAsync(scope.Db);
            var unit = await Tasks.TaskTestData.UnitIdAsync(scope.Db, "HCTP");
            assignment = (await Tasks.TaskTestData.AssignmentAsync(scope.Db, directive, unit, new DateOnly(2030, 1, 1))).Id;
        }

        var url = $"/Tasks/Details/{assignment}";
        var unitHead = new PageClient(factory.CreateAppClient());
        await unitHead.SignInAsync(DemoAccounts.UnitHead);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await UploadAsync(unitHead, url);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(Assert.Single(last!.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Quá nhiều yêu cầu", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form without files is not an upload; another user has their own allowance.
        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(office, url)).StatusCode);
        var submit = await unitHead.SubmitAsync(url, new Dictionary<string, string?>(), "form[data-testid=submit-form]");
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector("form[data-testid=progress-form]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
            { new StringContent("Đã kiểm tra bình chữa cháy."), "Progress.Text" },
            { new ByteArrayContent(TestEvidence.Png), "Files", "anh.png" },
        };
        return await client.Http.PostAsync(new Uri(url + "?handler=Progress", UriKind.Relative), content);
    }
}

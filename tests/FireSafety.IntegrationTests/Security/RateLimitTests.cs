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

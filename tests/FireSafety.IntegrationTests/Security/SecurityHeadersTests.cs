using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Security;

public sealed class SecurityHeadersTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    [InlineData("/does-not-exist")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await factory.CreateAppClient().GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task AuthenticatedPages_AreNotCached()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Leader);

        var response = await client.Http.GetAsync("/Facilities");

        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on an authenticated page");
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyleAttributes()
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Office);

        foreach (var url in new[] { "/", "/Facilities", "/Facilities/Create", "/Account/ChangePassword", "/Account/TwoFactor" })
        {
            var document = await client.GetDocumentAsync(url);
            Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline <script> on {url}"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
            Assert.Empty(document.QuerySelectorAll("style"));
        }
    }
}

/// <summary>Production behaviour: HSTS and the generic error page.</summary>
public sealed class ProductionHostTests : IClassFixture<ProductionHostTests.Factory>
{
    private readonly Factory _factory;

    public ProductionHostTests(Factory factory) => _factory = factory;

    public sealed class Factory : FireSafetyFactory
    {
        public Factory() => EnvironmentName = "Production";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new ThrowOnBoomFilter())));
        }
    }

    /// <summary>Makes any page fail when asked with ?boom=1, to see what users get on a crash.</summary>
    private sealed class ThrowOnBoomFilter : Microsoft.AspNetCore.Mvc.Filters.IPageFilter
    {
        public void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("boom") && context.ActionDescriptor.ViewEnginePath != "/Error")
            {
                throw new InvalidOperationException("SELECT secret FROM boom -- simulated failure");
            }
        }

        public void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
        {
        }
    }

    [Fact]
    public async Task Production_SendsHstsForOneYearWithSubdomains()
    {
        // HSTS is never sent to localhost, so ask as the real intranet host name would.
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://pccc.stp.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_Error_ShowsGenericPageWithCorrelationId_NoDetails()
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Leader);

        var response = await client.Http.GetAsync("/Facilities?boom=1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        var document = await PageClient.ParseAsync(html);
        Assert.Matches("^[0-9a-f]{32}$", document.QuerySelector("[data-testid=correlation-id]")?.TextContent);
        Assert.DoesNotContain("SELECT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_ShowsNotFoundPageInVietnamese()
    {
        var client = new PageClient(_factory.CreateAppClient());
        await client.SignInAsync(DemoAccounts.Leader);

        var response = await client.Http.GetAsync("/Facilities/Details/999999");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", html, StringComparison.Ordinal);
    }
}

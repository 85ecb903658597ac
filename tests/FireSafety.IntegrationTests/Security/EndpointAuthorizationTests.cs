using FireSafety.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Security;

/// <summary>AC1: deny by default. Every endpoint declares a policy or an explicit anonymous allowance.</summary>
public sealed class EndpointAuthorizationTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    [Fact]
    public void EveryEndpoint_HasAnAuthorizationPolicyOrExplicitAnonymousAllowance()
    {
        var endpoints = EndpointList.All(factory.Services);
        Assert.NotEmpty(endpoints);

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(EndpointList.Describe)
            .ToList();

        Assert.True(unprotected.Count == 0, "Endpoints without [Authorize] or [AllowAnonymous]:\n" + string.Join("\n", unprotected));
    }

    [Fact]
    public void AnonymousEndpoints_AreOnlyTheExpectedOnes()
    {
        var anonymous = EndpointList.All(factory.Services)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(EndpointList.Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            ["/Account/AccessDenied", "/Account/Login", "/Account/LoginWith2fa", "/Culture", "/Error", "/StatusCode", "/health/live", "/health/ready"],
            anonymous);
    }

    [Fact]
    public void FallbackPolicy_RequiresAnAuthenticatedUser()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;

        Assert.NotNull(options.FallbackPolicy);
        Assert.Contains(options.FallbackPolicy!.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
    }
}

/// <summary>The app's routable endpoints, as the routing system sees them.</summary>
public static class EndpointList
{
    public static List<RouteEndpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .GroupBy(e => e.RoutePattern.RawText).Select(g => g.First())];

    public static string Describe(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
}

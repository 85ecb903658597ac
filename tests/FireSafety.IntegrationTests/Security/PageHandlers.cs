using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Security;

/// <summary>One page of the app with its compiled handlers and bound properties, read from the endpoint list.</summary>
public sealed record AppPage(string Route, CompiledPageActionDescriptor Descriptor)
{
    /// <summary>The page path as in docs/permissions.md ("/Facilities/Edit"), without route parameters.</summary>
    public string Path => Descriptor.ViewEnginePath.EndsWith("/Index", StringComparison.Ordinal)
        ? (Descriptor.ViewEnginePath[..^"/Index".Length] is { Length: > 0 } p ? p : "/")
        : Descriptor.ViewEnginePath;

    public bool HasIdInRoute => Route.Contains("{id", StringComparison.Ordinal);

    /// <summary>POST handlers: null name for the default <c>OnPost</c>.</summary>
    public IEnumerable<HandlerMethodDescriptor> PostHandlers =>
        Descriptor.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<HandlerMethodDescriptor> GetHandlers =>
        Descriptor.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Names of values this page takes from the query string or the form that look like record ids:
    /// handler parameters and bound properties named "…Id" (besides the route's {id}).
    /// </summary>
    public IEnumerable<(string? Handler, string Verb, string Parameter)> IdParameters()
    {
        foreach (var handler in Descriptor.HandlerMethods)
        {
            foreach (var parameter in handler.Parameters.Where(p => IsIdLike(p.Name, p.ParameterType) && !IsRouteId(p.Name)))
            {
                yield return (handler.Name, handler.HttpMethod.ToUpperInvariant(), parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
        }

        foreach (var property in Descriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>().Where(p => IsIdLike(p.Name, p.ParameterType) && !IsRouteId(p.Name)))
        {
            var supportsGet = property.Property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true
                || property.BindingInfo?.BindingSource == BindingSource.Query
                || property.Property.GetCustomAttribute<FromQueryAttribute>() is not null;
            yield return (null, supportsGet ? "GET+POST" : "POST", property.BindingInfo?.BinderModelName ?? property.Name);
        }
    }

    private bool IsRouteId(string name) => HasIdInRoute && string.Equals(name, "id", StringComparison.OrdinalIgnoreCase);

    private static bool IsIdLike(string name, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return (underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(Guid) || underlying == typeof(string))
            && (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal));
    }
}

public static class PageHandlers
{
    /// <summary>Every Razor page of the app (one entry per page, its first route), compiled.</summary>
    public static async Task<List<AppPage>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<AppPage>();
        foreach (var endpoint in EndpointList.All(services))
        {
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (descriptor is null || pages.Any(p => p.Descriptor.ViewEnginePath == descriptor.ViewEnginePath))
            {
                continue;
            }

            var compiled = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
            // The Index page's route with "/Index" is one of two; keep the one with the id, if any.
            pages.Add(new AppPage(endpoint.RoutePattern.RawText ?? string.Empty, compiled));
        }

        return pages;
    }

    public static string Describe(string path, string? handler) => handler is null ? path : $"{path}?handler={handler}";
}

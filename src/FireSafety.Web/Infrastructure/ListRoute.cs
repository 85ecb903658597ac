namespace FireSafety.Web.Infrastructure;

/// <summary>The query values of the list being shown (every filter, not the page or handler): what its export link carries.</summary>
public static class ListRoute
{
    public static Dictionary<string, string> Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query
            .Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
    }
}

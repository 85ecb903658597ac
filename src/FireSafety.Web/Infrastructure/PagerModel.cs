using Microsoft.AspNetCore.Http.Extensions;

namespace FireSafety.Web.Infrastructure;

/// <summary>What the _Pager partial needs: the page, and the current query to keep filters.</summary>
public sealed class PagerModel(int pageNumber, int pageCount, int totalCount, HttpRequest request)
{
    public int PageNumber { get; } = pageNumber;

    public int PageCount { get; } = pageCount;

    public int TotalCount { get; } = totalCount;

    public string UrlFor(int page)
    {
        var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { "p", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    public static PagerModel For<T>(FireSafety.Core.Common.PagedList<T> list, HttpRequest request) =>
        new(list.PageNumber, list.PageCount, list.TotalCount, request);
}

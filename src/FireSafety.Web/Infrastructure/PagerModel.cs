using Microsoft.AspNetCore.Http.Extensions;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// What the _Pager partial needs: the page, and the current query to keep filters, with the page
/// parameter (<c>p</c>, or another where a page holds two pagers) replaced.
/// </summary>
public sealed class PagerModel(int pageNumber, int pageCount, int totalCount, HttpRequest request, string parameter = "p")
{
    public int PageNumber { get; } = pageNumber;

    public int PageCount { get; } = pageCount;

    public int TotalCount { get; } = totalCount;

    public string UrlFor(int page)
    {
        var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    public static PagerModel For<T>(FireSafety.Core.Common.PagedList<T> list, HttpRequest request, string parameter = "p") =>
        new(list.PageNumber, list.PageCount, list.TotalCount, request, parameter);
}

using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Common;

/// <summary>One page of a query's rows, with what a pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;

    public static async Task<PagedList<T>> CreateAsync(
        IQueryable<T> query, int pageNumber, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var items = await query.Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, pageNumber, pageSize, total);
    }

    /// <summary>One page of rows already in memory (a computed table such as the dashboard's ranking).</summary>
    public static PagedList<T> Of(IReadOnlyList<T> all, int pageNumber, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var pageCount = all.Count == 0 ? 1 : (all.Count + pageSize - 1) / pageSize;
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        return new PagedList<T>([.. all.Skip((pageNumber - 1) * pageSize).Take(pageSize)], pageNumber, pageSize, all.Count);
    }
}

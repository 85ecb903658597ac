using System.Linq.Expressions;
using System.Reflection;
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

    /// <summary>
    /// One page of <paramref name="query"/>. When the query is an ordered query projected to rows
    /// (<c>source.OrderBy(…)…ThenBy(…).Select(row)</c>, as every list writes it) the page is taken
    /// before the projection, so the row's lookups run for the page's rows only; and a page in
    /// the second half is read from the end (the ordering reversed, a short skip, the rows
    /// reversed back), so the last page costs what the first does. See ADR 0093.
    /// </summary>
    public static async Task<PagedList<T>> CreateAsync(
        IQueryable<T> query, int pageNumber, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var skip = (pageNumber - 1) * pageSize;
        var take = Math.Min(pageSize, Math.Max(0, total - skip));

        List<T> items;
        if (OrderedProjection.Match(query.Expression) is { } projected)
        {
            var fromEnd = skip > total / 2 && projected.CanReverse;
            var page = fromEnd
                ? projected.Page(projected.Reversed(), total - skip - take, take)
                : projected.Page(projected.Source, skip, take);
            items = await query.Provider.CreateQuery<T>(page).ToListAsync(cancellationToken);
            if (fromEnd)
            {
                items.Reverse();
            }
        }
        else
        {
            items = await query.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        }

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

/// <summary>
/// A query of the shape <c>source.OrderBy(k1)…ThenBy(kn).Select(projection)</c>, taken apart so
/// that <see cref="PagedList{T}"/> can page the ordered source and project the page only.
/// </summary>
internal sealed class OrderedProjection
{
    private static readonly MethodInfo SkipMethod = QueryableMethod(nameof(Queryable.Skip));
    private static readonly MethodInfo TakeMethod = QueryableMethod(nameof(Queryable.Take));

    private readonly MethodCallExpression _select;

    private OrderedProjection(MethodCallExpression select, bool canReverse)
    {
        _select = select;
        CanReverse = canReverse;
    }

    public Expression Source => _select.Arguments[0];

    /// <summary>
    /// Reading from the end gives the same rows only when the ordering is total: its last key
    /// must be the entity's <c>Id</c>.
    /// </summary>
    public bool CanReverse { get; }

    public static OrderedProjection? Match(Expression expression)
    {
        if (expression is not MethodCallExpression { Method.Name: nameof(Queryable.Select) } select
            || select.Method.DeclaringType != typeof(Queryable)
            || select.Arguments[1] is not UnaryExpression { Operand: LambdaExpression { Parameters.Count: 1 } }
            || select.Arguments[0] is not MethodCallExpression last
            || !IsOrdering(last))
        {
            return null;
        }

        var canReverse = last.Arguments[1] is UnaryExpression { Operand: LambdaExpression { Body: MemberExpression { Member.Name: "Id" } } };
        return new OrderedProjection(select, canReverse);
    }

    /// <summary>The source with every key of its ordering flipped (ascending ↔ descending).</summary>
    public Expression Reversed() => Flip((MethodCallExpression)Source);

    /// <summary><c>source.Skip(skip).Take(take).Select(projection)</c>, with skip and take as SQL parameters.</summary>
    public Expression Page(Expression source, int skip, int take)
    {
        var entity = source.Type.GetGenericArguments()[0];
        var paged = Expression.Call(
            TakeMethod.MakeGenericMethod(entity),
            Expression.Call(SkipMethod.MakeGenericMethod(entity), source, Parameter(skip)),
            Parameter(take));
        return Expression.Call(_select.Method, paged, _select.Arguments[1]);
    }

    private static Expression Flip(MethodCallExpression call)
    {
        var flipped = call.Method.Name switch
        {
            nameof(Queryable.OrderBy) => nameof(Queryable.OrderByDescending),
            nameof(Queryable.OrderByDescending) => nameof(Queryable.OrderBy),
            nameof(Queryable.ThenBy) => nameof(Queryable.ThenByDescending),
            _ => nameof(Queryable.ThenBy),
        };
        var method = QueryableMethod(flipped, 2).MakeGenericMethod(call.Method.GetGenericArguments());
        var source = call.Method.Name is nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
            ? Flip((MethodCallExpression)call.Arguments[0])
            : call.Arguments[0];
        return Expression.Call(method, source, call.Arguments[1]);
    }

    private static bool IsOrdering(MethodCallExpression call)
    {
        if (call.Method.DeclaringType != typeof(Queryable) || call.Arguments.Count != 2)
        {
            return false;
        }

        return call.Method.Name switch
        {
            nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) => true,
            nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending) => call.Arguments[0] is MethodCallExpression previous && IsOrdering(previous),
            _ => false,
        };
    }

    // A captured value, which EF sends as a parameter (a constant would compile a query per page).
    private static MemberExpression Parameter(int value) =>
        Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));

    private static MethodInfo QueryableMethod(string name, int parameters = 2) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters
            && (name is not (nameof(Queryable.Skip) or nameof(Queryable.Take)) || m.GetParameters()[1].ParameterType == typeof(int)));

    private sealed class Box(int value)
    {
        public int Value { get; } = value;
    }
}

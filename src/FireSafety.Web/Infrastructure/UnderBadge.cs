using FireSafety.Core.Data;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// The <c>under</c> filter (a unit and its whole subtree) as the lists show it: a hidden field that
/// keeps it through the filter form, and a removable badge "Thuộc: … và các đơn vị trực thuộc"
/// linking to the same list without it. Rendered by the _UnderFilter partial.
/// </summary>
public sealed record UnderBadge(int UnitId, string UnitName, string ClearUrl)
{
    /// <summary>The badge of <paramref name="under"/>, or null when the filter is not set.</summary>
    public static async Task<UnderBadge?> LoadAsync(FireSafetyDbContext db, int? under, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (under is not { } unitId)
        {
            return null;
        }

        // The unit register is scoped: a unit outside the user's scope shows by number (and lists nothing).
        var name = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return new UnderBadge(unitId, name ?? "#" + unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), ClearUrlOf(request));
    }

    /// <summary>The current list without <c>under</c> (and back on its first page).</summary>
    public static string ClearUrlOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] dropped = ["under", "p", "handler"];
        var query = new QueryBuilder(request.Query.Where(q => !dropped.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))));
        return request.PathBase + request.Path + query.ToQueryString();
    }
}

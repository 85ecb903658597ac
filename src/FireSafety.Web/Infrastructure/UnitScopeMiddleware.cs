using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Core.Users;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Restricts the request's <see cref="UnitScope"/> to a UnitHead's unit and its sub-units, right
/// after authentication and before any page runs. Every other role reads the whole organisation.
/// </summary>
public sealed class UnitScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UnitScope scope, UnitTree tree, FireSafetyDbContext db, DataVersionCache cache)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Office) && !user.IsInRole(Roles.Leader))
        {
            // A UnitHead, or any account without a whole-organisation role: own subtree only.
            var unitClaim = user.FindFirst(AppClaimsPrincipalFactory.UnitIdClaim)?.Value;
            // The subtree is kept until the data changes (a moved unit is an audited change): for the
            // head of a province's root it is a thousand ids, read on every request otherwise.
            IReadOnlyList<int> ids = int.TryParse(unitClaim, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unitId)
                ? await cache.GetOrComputeAsync(
                    db,
                    string.Create(CultureInfo.InvariantCulture, $"subtree|{unitId}"),
                    async ct => (IReadOnlyList<int>)await tree.SubtreeIdsAsync(unitId, ct),
                    context.RequestAborted)
                : [];
            scope.RestrictTo(ids);
        }

        await next(context);
    }
}

using System.Globalization;
using System.Security.Claims;
using FireSafety.Core.Data;

namespace FireSafety.Web.Infrastructure;

/// <summary>The signed-in user of the current request, for the audit trail.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public int? UnitId => int.TryParse(Principal?.FindFirstValue(AppClaimsPrincipalFactory.UnitIdClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

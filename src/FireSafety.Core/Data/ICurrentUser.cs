namespace FireSafety.Core.Data;

/// <summary>Who is acting, for the audit trail. The web host reads it from the signed-in user.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }

    int? UnitId { get; }

    string? IpAddress { get; }
}

/// <summary>The actor for command verbs, start-up seeding and background jobs.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string? UserId => null;

    public string? UserName => "system";

    public int? UnitId => null;

    public string? IpAddress => null;
}

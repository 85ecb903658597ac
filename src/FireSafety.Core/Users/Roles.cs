namespace FireSafety.Core.Users;

/// <summary>The four roles. A user has exactly one.</summary>
public static class Roles
{
    /// <summary>Quản trị hệ thống: units, users, audit trail.</summary>
    public const string Admin = "Admin";

    /// <summary>Văn phòng Sở: directives, follow-up, annual summary; sees every unit.</summary>
    public const string Office = "Office";

    /// <summary>Lãnh đạo đơn vị: their own unit (and its sub-units) only.</summary>
    public const string UnitHead = "UnitHead";

    /// <summary>Lãnh đạo Sở: reads everything, approves.</summary>
    public const string Leader = "Leader";

    public static readonly IReadOnlyList<string> All = [Admin, Office, UnitHead, Leader];

    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        Office => "Văn phòng Sở",
        UnitHead => "Lãnh đạo đơn vị",
        Leader => "Lãnh đạo Sở",
        _ => role,
    };
}

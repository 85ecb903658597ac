using FireSafety.Core.Common;
using FireSafety.Core.Units;
using Microsoft.AspNetCore.Identity;

namespace FireSafety.Core.Users;

/// <summary>A person who signs in. Every user belongs to exactly one unit.</summary>
public sealed class AppUser : IdentityUser, IVersioned, ISearchable
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>Chức vụ, e.g. "Chánh Văn phòng".</summary>
    public string? JobTitle { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Disabled accounts cannot sign in; their sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for a one-time password: the user must choose their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public long Version { get; set; }

    /// <summary>
    /// The groups of notifications (<see cref="Notifications.EmailPreferences"/>) this user does not
    /// want by e-mail, comma-separated; null = every group (new kinds of notification come by default).
    /// </summary>
    public string? EmailOptOut { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchSources() => [FullName, Email, JobTitle];
}

using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Identity asks this before every sign-in (SignIn.RequireConfirmedAccount is on): a disabled
/// account cannot sign in, with or without the right password.
/// </summary>
public sealed class UserConfirmation : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(!user.IsDisabled);
}

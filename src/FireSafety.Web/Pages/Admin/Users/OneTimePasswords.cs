using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FireSafety.Web.Pages.Admin.Users;

/// <summary>
/// One-time passwords an admin hands to a user, who must choose their own at the first sign-in.
/// The password travels to the result page once, in TempData (an encrypted, read-once cookie):
/// it is never stored in the database in plain text, never put in a URL and never logged.
/// </summary>
public static class OneTimePasswords
{
    public const int Length = 14;

    private const string UserIdKey = "OneTimePassword.UserId";
    private const string PasswordKey = "OneTimePassword.Value";

    // No look-alikes (0/O, 1/l/I): the admin may read it out or write it down.
    // 57 symbols ^ 14 ≈ 81 bits.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password with at least one lower-case letter and one digit (the Identity rules).</summary>
    public static string Generate()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(Alphabet, Length);
            if (candidate.Any(char.IsAsciiLetterLower) && candidate.Any(char.IsAsciiDigit))
            {
                return candidate;
            }
        }
    }

    public static void Show(ITempDataDictionary tempData, string userId, string password)
    {
        tempData[UserIdKey] = userId;
        tempData[PasswordKey] = password;
    }

    /// <summary>The user and password kept by <see cref="Show"/>, once; null afterwards.</summary>
    public static (string UserId, string Password)? Take(ITempDataDictionary tempData)
    {
        // TempData's serializer turns a string that looks like a GUID (a user id) into a Guid.
        var userId = tempData[UserIdKey]?.ToString();
        var password = tempData[PasswordKey] as string;
        return userId is null || password is null ? null : (userId, password);
    }
}

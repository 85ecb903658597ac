namespace FireSafety.Web.Infrastructure;

/// <summary>The "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA512; the framework default is 100,000.</summary>
    public const int PasswordHashIterations = 210_000;

    public const int MinimumPasswordLength = 8;

    public const int MaximumPasswordLength = 128;

    /// <summary>
    /// Secure, "__Host-" prefixed cookies. Only a plain-HTTP loopback run (Development, browser
    /// tests) turns this off; browsers refuse "__Host-" cookies without Secure.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int LoginRequestsPerMinute { get; set; } = 20;

    /// <summary>Upload requests (posts carrying at least one file, any number each) one user may send per minute.</summary>
    public int UploadRequestsPerMinute { get; set; } = 30;

    /// <summary>
    /// Addresses of the reverse proxies that terminate TLS in front of the app. Their
    /// X-Forwarded-For/-Proto headers are trusted, so rate limits, the audit trail and the
    /// HTTPS checks see the real client; headers from anyone else are ignored.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];
}

public static class RateLimits
{
    public const string Login = "login";

    /// <summary>
    /// A form post that carries at least one file. Call it once the form has been read (in a page
    /// filter): a multipart form whose file field was left empty is not an upload.
    /// </summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.HasFormContentType
        && request.Form.Files.Count > 0;
}

namespace FireSafety.Core.Notifications;

/// <summary>
/// SMTP settings (configuration section "Email"). E-mail is sent only when <see cref="Host"/> is
/// set; in-app notifications never depend on it.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>SMTP server; empty = no e-mail.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>"Auto" (STARTTLS when offered), "StartTls", "SslOnConnect" or "None".</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "FireSafety <no-reply@firesafety.local>";

    /// <summary>The site's address as users reach it, for the links in e-mails (e.g. https://pccc.sotuphap.gov.vn).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Notifications older than this are no longer mailed (a digest is about what is current).</summary>
    public int MaxAgeDays { get; set; } = 2;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

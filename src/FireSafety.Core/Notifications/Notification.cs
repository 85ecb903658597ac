namespace FireSafety.Core.Notifications;

public enum NotificationKind
{
    Assigned = 0,
    DueSoon = 1,
    Overdue = 2,
    Returned = 3,
    Accepted = 4,
    DifficultyAnswered = 5,
    DifficultyRaised = 6,
    Submitted = 7,
    ActionOpened = 8,
    ActionFixed = 9,
    ActionVerified = 10,
    ActionRejected = 11,
    IncidentReported = 12,
}

/// <summary>
/// An in-app notification for one user. <see cref="DedupKey"/> (kind + subject + day) is unique per
/// user, so a reminder job re-run, or run by two instances, never notifies twice.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Local link to what the notification is about.</summary>
    public string? Url { get; set; }

    public string DedupKey { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>When the e-mail digest claimed it (set before sending, so it is never mailed twice).</summary>
    public DateTime? EmailedAtUtc { get; set; }
}

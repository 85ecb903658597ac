namespace FireSafety.Core.Notifications;

/// <summary>
/// The groups of notifications a user may choose to receive by e-mail (profile page), and how the
/// choice is stored on the user: the groups turned off, so a new kind of notification is mailed by
/// default. Labels are Vietnamese resource keys.
/// </summary>
public static class EmailPreferences
{
    public const string Reminders = "reminders";
    public const string Work = "work";
    public const string Difficulties = "difficulties";
    public const string Actions = "actions";
    public const string Incidents = "incidents";
    public const string Other = "other";

    public static IReadOnlyList<(string Code, string Label)> Groups { get; } =
    [
        (Reminders, "Việc sắp đến hạn và quá hạn (nhiệm vụ, tự kiểm tra, khắc phục, phương tiện, phương án và diễn tập, rà soát, chứng nhận ...)"),
        (Work, "Giao việc, báo cáo kết quả, trả lại, chấp nhận"),
        (Difficulties, "Khó khăn, vướng mắc và trả lời"),
        (Actions, "Biện pháp khắc phục: mở, đã khắc phục, xác nhận, trả lại"),
        (Incidents, "Báo cáo vụ cháy, nổ, sự cố"),
        (Other, "Thông báo khác"),
    ];

    public static string GroupOf(NotificationKind kind) => kind switch
    {
        NotificationKind.DueSoon or NotificationKind.Overdue => Reminders,
        NotificationKind.Assigned or NotificationKind.Submitted or NotificationKind.Returned or NotificationKind.Accepted => Work,
        NotificationKind.DifficultyRaised or NotificationKind.DifficultyAnswered => Difficulties,
        NotificationKind.ActionOpened or NotificationKind.ActionFixed or NotificationKind.ActionVerified or NotificationKind.ActionRejected => Actions,
        NotificationKind.IncidentReported => Incidents,
        _ => Other,
    };

    /// <summary>The stored opt-out list of a user who wants exactly <paramref name="wanted"/> (unknown codes ignored); null when every group is wanted.</summary>
    public static string? OptOutFor(IEnumerable<string> wanted)
    {
        var set = wanted.ToHashSet(StringComparer.Ordinal);
        var off = Groups.Select(g => g.Code).Where(code => !set.Contains(code)).ToList();
        return off.Count == 0 ? null : string.Join(',', off);
    }

    /// <summary>The groups a user with this stored opt-out list receives by e-mail.</summary>
    public static IReadOnlySet<string> Wanted(string? optOut)
    {
        var off = (optOut ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Groups.Select(g => g.Code).Except(off, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }

    public static bool Wants(string? optOut, NotificationKind kind) => Wanted(optOut).Contains(GroupOf(kind));
}

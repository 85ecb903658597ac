using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FireSafety.Core.Actions;

/// <summary>What a feature says when it opens a corrective action for one of its records.</summary>
/// <param name="UnitId">The unit that must fix it.</param>
/// <param name="Source">The kind of record that raised it.</param>
/// <param name="SourceId">That record's id (inspection, equipment check, incident ...).</param>
/// <param name="Title">Short text: what is wrong.</param>
/// <param name="Description">Optional detail.</param>
/// <param name="Severity">How serious.</param>
/// <param name="DueOn">Due date; null means today + <see cref="CorrectiveActionOptions.DefaultDueDays"/>.</param>
/// <param name="OwnerUserId">The answerable user; null means the unit's heads.</param>
/// <param name="OwnerName">The owner as shown (name, title).</param>
/// <param name="FindingId">The inspection finding it remedies, if any.</param>
public sealed record OpenActionRequest(
    int UnitId,
    ActionSource Source,
    int? SourceId,
    string Title,
    string? Description,
    Severity Severity,
    DateOnly? DueOn = null,
    string? OwnerUserId = null,
    string? OwnerName = null,
    int? FindingId = null);

/// <summary>
/// The shared corrective-action service: features (inspections, equipment checks, incidents, risk
/// points) open actions through <see cref="OpenAsync"/>; the daily job calls
/// <see cref="QueueRemindersAsync(CancellationToken)"/>.
/// </summary>
public sealed class CorrectiveActions(FireSafetyDbContext db, Notifier notifier, TimeProvider time, ICurrentUser currentUser, IOptions<CorrectiveActionOptions> options)
{
    /// <summary>
    /// Opens an action and notifies its owner (or the unit's heads). Saves the context twice (the
    /// notification links to the new id): call it inside the caller's transaction
    /// (<c>db.Database.BeginTransactionAsync</c>) when it must land with the caller's change.
    /// The unit scope's write check applies: a UnitHead cannot open one for another unit.
    /// </summary>
    public async Task<CorrectiveAction> OpenAsync(OpenActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        var now = time.GetUtcNow().UtcDateTime;
        var action = new CorrectiveAction
        {
            UnitId = request.UnitId,
            Source = request.Source,
            SourceId = request.SourceId,
            FindingId = request.FindingId,
            Title = Cut(request.Title.Trim(), CorrectiveAction.TitleMaxLength),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : Cut(request.Description.Trim(), CorrectiveAction.TextMaxLength),
            Severity = request.Severity,
            OwnerUserId = request.OwnerUserId,
            OwnerName = request.OwnerName,
            DueOn = request.DueOn ?? DefaultDueOn(),
            Status = ActionStatus.Open,
            CreatedAtUtc = now,
            CreatedBy = currentUser.UserName,
        };
        db.CorrectiveActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);

        await notifier.NotifyAsync(
            OwnerOf(action),
            NotificationKind.ActionOpened,
            $"Biện pháp khắc phục mới (hạn {Date(action.DueOn)}): {action.Title}",
            Url(action.Id),
            $"action-opened:{action.Id}",
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Today (Vietnam) plus the configured default number of days.</summary>
    public DateOnly DefaultDueOn() => VietnamTime.Today(time).AddDays(Math.Max(0, options.Value.DefaultDueDays));

    /// <summary>
    /// The daily reminders, across every unit: "due soon" once per action and due date when it is
    /// <see cref="CorrectiveActionOptions.DueSoonDays"/> days or fewer away; "overdue" once a day
    /// while it is open past its due date. Dedup keys make a re-run (or a second instance) queue
    /// nothing twice. Returns how many notifications were queued, and saves them.
    /// </summary>
    public Task<int> QueueRemindersAsync(CancellationToken cancellationToken) =>
        QueueRemindersForAsync(VietnamTime.Today(time), cancellationToken);

    /// <summary><see cref="QueueRemindersAsync(CancellationToken)"/> for a given Vietnam date.</summary>
    public async Task<int> QueueRemindersForAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var soonLimit = today.AddDays(Math.Max(0, options.Value.DueSoonDays));
        var open = await db.CorrectiveActions.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Open && a.DueOn <= soonLimit)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.UnitId, a.OwnerUserId, a.Title, a.DueOn })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var a in open)
        {
            var (kind, text, key) = a.DueOn < today
                ? (NotificationKind.Overdue, $"Biện pháp khắc phục quá hạn (hạn {Date(a.DueOn)}): {a.Title}", $"action-overdue:{a.Id}:{Iso(today)}")
                : (NotificationKind.DueSoon, $"Biện pháp khắc phục sắp đến hạn ({Date(a.DueOn)}): {a.Title}", $"action-due-soon:{a.Id}:{Iso(a.DueOn)}");
            queued += await notifier.NotifyAsync(OwnerOf(a.OwnerUserId, a.UnitId), kind, text, Url(a.Id), key, cancellationToken);
        }

        if (queued > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return queued;
    }

    /// <summary>Who hears about an action: its owner if it has an account, else the unit's heads.</summary>
    public static Recipients OwnerOf(CorrectiveAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return OwnerOf(action.OwnerUserId, action.UnitId);
    }

    public static string Url(int id) => $"/Actions/Details/{id.ToString(CultureInfo.InvariantCulture)}";

    private static Recipients OwnerOf(string? ownerUserId, int unitId) =>
        string.IsNullOrEmpty(ownerUserId) ? new Recipients.UnitHeads(unitId) : new Recipients.User(ownerUserId);

    private static string Date(DateOnly date) => date.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}

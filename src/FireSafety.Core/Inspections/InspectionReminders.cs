using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;

namespace FireSafety.Core.Inspections;

/// <summary>
/// Daily: tells each active unit's heads when its self-inspection is due soon (the current period
/// of its rhythm has none yet and ends within <see cref="InspectionOptions.ReminderDays"/> days) or
/// overdue (the previous period passed without one and the current has none yet) — one
/// notification per unit and day (dedup key), linking to the unit's rhythm page, which shows the
/// same state. A period that ends before the unit's plan starts is never due.
/// </summary>
public sealed class InspectionReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time, InspectionOptions options) : IDailyWork
{
    public const string DueSoonText = "Sắp đến hạn tự kiểm tra PCCC định kỳ: kỳ này chưa tự kiểm tra (hạn {0})";
    public const string OverdueText = "Quá hạn tự kiểm tra PCCC định kỳ: kỳ kết thúc ngày {0} chưa tự kiểm tra";

    public string Name => "inspection reminders";

    /// <summary>
    /// What to remind a unit of today: <see cref="RhythmState.Overdue"/>, <see cref="RhythmState.Due"/>
    /// (due soon), or null (inspected, not yet in the window, or the period ends before the plan starts).
    /// </summary>
    public static RhythmState? ReminderFor(RhythmStatus status, DateOnly? startsOn, DateOnly today, int reminderDays)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.State switch
        {
            RhythmState.Overdue => RhythmState.Overdue,
            RhythmState.Due when (startsOn is null || status.NextDueOn >= startsOn) && status.NextDueOn <= today.AddDays(reminderDays) => RhythmState.Due,
            _ => null,
        };
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        // Two years back covers the previous period of the longest (yearly) rhythm.
        var calendars = await InspectionCalendar.LoadAsync(db, today.AddYears(-2), today, cancellationToken: cancellationToken);
        var dueSoon = new List<UnitReminder>();
        var overdue = new List<UnitReminder>();
        foreach (var unit in calendars)
        {
            var status = unit.Status(today);
            var url = string.Create(CultureInfo.InvariantCulture, $"/Inspections/Plan/{unit.UnitId}");
            var date = status.NextDueOn.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture);
            switch (ReminderFor(status, unit.StartsOn, today, options.ReminderDays))
            {
                case RhythmState.Overdue:
                    overdue.Add(new UnitReminder(unit.UnitId, string.Format(CultureInfo.InvariantCulture, OverdueText, date), url));
                    break;
                case RhythmState.Due:
                    dueSoon.Add(new UnitReminder(unit.UnitId, string.Format(CultureInfo.InvariantCulture, DueSoonText, date), url));
                    break;
            }
        }

        return await UnitDigest.SendEachAsync(db, notifier, overdue, today, NotificationKind.Overdue, "inspection-overdue", cancellationToken)
            + await UnitDigest.SendEachAsync(db, notifier, dueSoon, today, NotificationKind.DueSoon, "inspection-due-soon", cancellationToken);
    }
}

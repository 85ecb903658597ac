using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Jobs;
using FireSafety.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Plans;

/// <summary>
/// Daily: tells each unit's heads how many of their plans in force are past their review date, or
/// due for review within <see cref="PlanOptions.ReviewWarningDays"/> days, and — from the first day
/// of <see cref="PlanOptions.DrillReminderFromMonth"/> — how many have not been drilled this year.
/// One notification of each per unit and day (dedup key); each links to the plan list filtered to
/// exactly the plans it counts (the same <see cref="PlanQueries"/>).
/// </summary>
public sealed class PlanReminders(FireSafetyDbContext db, Notifier notifier, TimeProvider time, PlanOptions options) : IDailyWork
{
    public const string ReviewOverdueText = "{0} phương án chữa cháy quá hạn rà soát";
    public const string ReviewDueSoonText = "{0} phương án chữa cháy sắp đến hạn rà soát";
    public const string NotDrilledText = "{0} phương án chữa cháy chưa tổ chức diễn tập năm nay";

    public string Name => "plan reminders";

    /// <summary>Whether "not drilled this year" is reminded on <paramref name="today"/>.</summary>
    public static bool DrillRemindersOn(DateOnly today, int fromMonth) => today.Month >= fromMonth;

    /// <summary>The list the "review overdue"/"review due soon" reminder opens (<c>review</c> = Overdue or DueSoon).</summary>
    public static string ReviewUrl(int unitId, int year, string review) =>
        string.Create(CultureInfo.InvariantCulture, $"/Plans?inForce={year}&review={review}&unitId={unitId}");

    /// <summary>The list the "not drilled" reminder opens: the unit's plans in force this year, not drilled in it.</summary>
    public static string NotDrilledUrl(int unitId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"/Plans?inForce={year}&year={year}&drilled=false&unitId={unitId}");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var year = today.Year;
        var inForce = db.ResponsePlans.IgnoreQueryFilters().AsNoTracking().InForceOn(today);
        var sent = await UnitDigest.SendAsync(
            db,
            notifier,
            inForce.ReviewOverdue(today).Select(p => p.UnitId),
            today,
            NotificationKind.Overdue,
            ReviewOverdueText,
            unitId => ReviewUrl(unitId, year, "Overdue"),
            "plan-review-overdue",
            cancellationToken);
        sent += await UnitDigest.SendAsync(
            db,
            notifier,
            inForce.ReviewDueSoon(today, options.ReviewWarningDays).Select(p => p.UnitId),
            today,
            NotificationKind.DueSoon,
            ReviewDueSoonText,
            unitId => ReviewUrl(unitId, year, "DueSoon"),
            "plan-review-due-soon",
            cancellationToken);
        if (DrillRemindersOn(today, options.DrillReminderFromMonth))
        {
            sent += await UnitDigest.SendAsync(
                db,
                notifier,
                inForce.DrilledIn(db.Drills.IgnoreQueryFilters(), year, drilled: false).Select(p => p.UnitId),
                today,
                NotificationKind.DueSoon,
                NotDrilledText,
                unitId => NotDrilledUrl(unitId, year),
                "plan-not-drilled",
                cancellationToken);
        }

        return sent;
    }
}

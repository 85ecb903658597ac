namespace FireSafety.Core.Equipment;

/// <summary>Where an item stands against a due date on a given (Vietnam) day.</summary>
public enum DueState
{
    /// <summary>No due date (never commissioned nor checked, or retired).</summary>
    None = 0,
    Ok = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>
/// The due-date arithmetic of the equipment register. Intervals are in calendar months; a date
/// that does not exist in the target month falls on its last day (31/01 + 1 month = 28/02, or
/// 29/02 in a leap year), which is what <see cref="DateOnly.AddMonths"/> does.
/// </summary>
public static class EquipmentDueDates
{
    /// <summary>How many days ahead a check counts as "due soon".</summary>
    public const int DueSoonDays = 7;

    /// <summary>
    /// The next due date: the last time it was done plus the interval, or — never done — the
    /// start date (commissioning) plus the interval; null when neither is known or the interval is not positive.
    /// </summary>
    public static DateOnly? NextDue(DateOnly? lastDone, DateOnly? start, int intervalMonths)
    {
        if (intervalMonths <= 0)
        {
            return null;
        }

        var from = lastDone ?? start;
        return from?.AddMonths(intervalMonths);
    }

    /// <summary>The state of a due date on <paramref name="today"/>.</summary>
    public static DueState State(DateOnly? due, DateOnly today, int dueSoonDays = DueSoonDays)
    {
        if (due is not { } d)
        {
            return DueState.None;
        }

        if (d < today)
        {
            return DueState.Overdue;
        }

        return d <= today.AddDays(dueSoonDays) ? DueState.DueSoon : DueState.Ok;
    }

    /// <summary>The state of an item's next check today in Vietnam (retired items are never due).</summary>
    public static DueState CheckState(EquipmentItem item, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(time);
        return item.Status == EquipmentStatus.Retired ? DueState.None : State(item.NextCheckDue, Common.VietnamTime.Today(time));
    }

    /// <summary>The state of an item's next maintenance today in Vietnam (retired items are never due).</summary>
    public static DueState MaintenanceState(EquipmentItem item, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(time);
        return item.Status == EquipmentStatus.Retired ? DueState.None : State(item.NextMaintenanceDue, Common.VietnamTime.Today(time));
    }
}

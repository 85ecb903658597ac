namespace FireSafety.Core.Plans;

/// <summary>
/// The filters the plan and drill lists and the annual summary share, so a figure and the list its
/// link opens count the same rows.
/// </summary>
public static class PlanQueries
{
    /// <summary>Revisions in force on <paramref name="day"/> (approved by then, not yet superseded).</summary>
    public static IQueryable<ResponsePlan> InForceOn(this IQueryable<ResponsePlan> plans, DateOnly day) =>
        plans.Where(p => p.ApprovedOn != null && p.ApprovedOn <= day && (p.SupersededOn == null || p.SupersededOn > day));

    /// <summary>Revisions approved in the calendar year (a superseded one still counts).</summary>
    public static IQueryable<ResponsePlan> ApprovedIn(this IQueryable<ResponsePlan> plans, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return plans.Where(p => p.ApprovedOn != null && p.ApprovedOn >= from && p.ApprovedOn <= to);
    }

    public static IQueryable<Drill> HeldIn(this IQueryable<Drill> drills, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return drills.Where(d => d.HeldOn >= from && d.HeldOn <= to);
    }

    /// <summary>Plans any revision of which was drilled in the year (or, with <paramref name="drilled"/> false, none was).</summary>
    public static IQueryable<ResponsePlan> DrilledIn(this IQueryable<ResponsePlan> plans, IQueryable<Drill> drills, int year, bool drilled = true)
    {
        var held = drills.HeldIn(year);
        return drilled
            ? plans.Where(p => held.Any(d => d.Plan!.SeriesKey == p.SeriesKey))
            : plans.Where(p => !held.Any(d => d.Plan!.SeriesKey == p.SeriesKey));
    }

    /// <summary>Revisions whose next review date has passed (before <paramref name="today"/>).</summary>
    public static IQueryable<ResponsePlan> ReviewOverdue(this IQueryable<ResponsePlan> plans, DateOnly today) =>
        plans.Where(p => p.NextReviewOn != null && p.NextReviewOn < today);

    /// <summary>Revisions to be reviewed from <paramref name="today"/> to <paramref name="warningDays"/> days later.</summary>
    public static IQueryable<ResponsePlan> ReviewDueSoon(this IQueryable<ResponsePlan> plans, DateOnly today, int warningDays)
    {
        var end = today.AddDays(warningDays);
        return plans.Where(p => p.NextReviewOn != null && p.NextReviewOn >= today && p.NextReviewOn <= end);
    }
}

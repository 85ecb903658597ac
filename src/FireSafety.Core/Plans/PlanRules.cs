using FireSafety.Core.Common;

namespace FireSafety.Core.Plans;

/// <summary>
/// The rules of plan revisions and drills: an approved revision is frozen and a change goes into a
/// new draft that copies it; approving a draft supersedes the revision in force; a plan counts as
/// drilled in a year when any revision of it was drilled on a Vietnam calendar date of that year.
/// </summary>
public static class PlanRules
{
    public const string OnlyDraftsApprove = "Chỉ phương án đang soạn thảo mới phê duyệt được.";
    public const string OldRevisionIsReadOnly = "Đây là phiên bản cũ của phương án, chỉ xem được.";

    /// <summary>A draft is edited in place; an approved current revision is edited through a new draft; older ones never.</summary>
    public static bool EditsInPlace(ResponsePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.IsCurrent && plan.Status == PlanStatus.Draft;
    }

    public static bool CanEdit(ResponsePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.IsCurrent && plan.Status != PlanStatus.Superseded;
    }

    /// <summary>
    /// A new draft revision of the approved <paramref name="source"/>: the content, scenarios and
    /// contacts copied (new rows), the next revision number, no approval. The source stops being
    /// current but stays approved (in force) until the draft is approved.
    /// </summary>
    public static ResponsePlan NewRevision(ResponsePlan source, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.IsCurrent = false;
        return new ResponsePlan
        {
            UnitId = source.UnitId,
            FacilityId = source.FacilityId,
            SeriesKey = source.SeriesKey,
            Revision = source.Revision + 1,
            IsCurrent = true,
            Status = PlanStatus.Draft,
            Title = source.Title,
            CommandSection = source.CommandSection,
            ForcesSection = source.ForcesSection,
            EquipmentSection = source.EquipmentSection,
            LogisticsSection = source.LogisticsSection,
            NextReviewOn = source.NextReviewOn,
            CreatedAtUtc = nowUtc,
            Scenarios = [.. source.Scenarios.OrderBy(s => s.SortOrder).Select(s => new PlanScenario
            {
                UnitId = s.UnitId,
                SortOrder = s.SortOrder,
                AreaName = s.AreaName,
                DuringWorkingHours = s.DuringWorkingHours,
                Description = s.Description,
                Actions = s.Actions,
            })],
            Contacts = [.. source.Contacts.OrderBy(c => c.SortOrder).Select(c => new PlanContact
            {
                UnitId = c.UnitId,
                SortOrder = c.SortOrder,
                Role = c.Role,
                Name = c.Name,
                Phone = c.Phone,
            })],
        };
    }

    /// <summary>
    /// Approves the draft <paramref name="draft"/>; the revision in force before it (if any, among
    /// <paramref name="sameSeries"/>) becomes superseded on the same day. Returns the refusal, or null.
    /// </summary>
    public static string? Approve(ResponsePlan draft, IEnumerable<ResponsePlan> sameSeries, string approvedBy, DateOnly approvedOn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(sameSeries);
        if (draft.Status != PlanStatus.Draft || !draft.IsCurrent)
        {
            return OnlyDraftsApprove;
        }

        foreach (var old in sameSeries.Where(p => p.Id != draft.Id && p.Status == PlanStatus.Approved))
        {
            old.Status = PlanStatus.Superseded;
            old.SupersededOn = approvedOn;
        }

        draft.Status = PlanStatus.Approved;
        draft.ApprovedBy = approvedBy.Trim();
        draft.ApprovedOn = approvedOn;
        return null;
    }

    /// <summary>Whether a revision was in force on <paramref name="day"/>.</summary>
    public static bool InForceOn(ResponsePlan plan, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.ApprovedOn is { } approved && approved <= day && (plan.SupersededOn is null || plan.SupersededOn > day);
    }

    /// <summary>Whether any of the drill dates falls in <paramref name="year"/>.</summary>
    public static bool DrilledIn(IEnumerable<DateOnly> drillDates, int year)
    {
        ArgumentNullException.ThrowIfNull(drillDates);
        return drillDates.Any(d => d.Year == year);
    }

    /// <summary>Whether the plan was drilled in the current Vietnam calendar year (a server in UTC on 31/12 after 17:00 is already in the new year in Hà Tĩnh).</summary>
    public static bool DrilledThisYear(IEnumerable<DateOnly> drillDates, TimeProvider time) =>
        DrilledIn(drillDates, VietnamTime.Today(time).Year);

    /// <summary>The plan's day for "in force" figures of a year: the year's last day, or today while the year runs.</summary>
    public static DateOnly InForceDay(int year, DateOnly today)
    {
        var end = new DateOnly(year, 12, 31);
        return today < end ? today : end;
    }
}

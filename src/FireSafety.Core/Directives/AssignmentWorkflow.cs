using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>
/// The rules of one unit's assignment. Allowed transitions (anything else is refused with a
/// <see cref="RuleViolation"/>, never an exception):
/// <code>
///             Progress   Submit      Return(reason)   Accept
/// Open        Open       Submitted   –                –
/// Submitted   –          –           Returned         Accepted
/// Returned    Returned   Submitted   –                –
/// Accepted    –          –           –                –
/// </code>
/// An event may not be earlier than the previous one (equal instants are fine), a return needs a
/// reason and a progress report needs text.
/// </summary>
public static class AssignmentWorkflow
{
    private const string AcceptedNoProgress = "Nhiệm vụ đã được chấp nhận, không thể báo cáo tiến độ.";
    private const string AcceptedNoSubmit = "Nhiệm vụ đã được chấp nhận, không thể báo cáo hoàn thành lại.";
    private const string AcceptedNoReturn = "Nhiệm vụ đã được chấp nhận, không thể trả lại.";
    private const string AcceptedNoAccept = "Nhiệm vụ đã được chấp nhận.";
    private const string ReviewNoProgress = "Đơn vị đã báo cáo hoàn thành, đang chờ Văn phòng xem xét; không thể báo cáo tiến độ.";
    private const string ReviewNoSubmit = "Đơn vị đã báo cáo hoàn thành, đang chờ Văn phòng xem xét.";
    private const string OpenNoAccept = "Đơn vị chưa báo cáo hoàn thành, chưa thể chấp nhận kết quả.";
    private const string OpenNoReturn = "Đơn vị chưa báo cáo hoàn thành, không có kết quả để trả lại.";
    private const string ReturnedNoAccept = "Kết quả đã bị trả lại; chờ đơn vị báo cáo hoàn thành lại rồi mới chấp nhận.";
    private const string ReturnedNoReturn = "Kết quả đã được trả lại, đang chờ đơn vị báo cáo hoàn thành lại.";
    private const string ReasonRequired = "Phải nêu lý do trả lại kết quả.";
    private const string TextRequired = "Nội dung báo cáo tiến độ không được để trống.";
    private const string OutOfOrder = "Thời điểm này trước sự kiện đã ghi nhận gần nhất của nhiệm vụ.";

    /// <summary>
    /// Applies <paramref name="event"/> to <paramref name="state"/>: the new state, or the rule that
    /// refuses it. <paramref name="state"/> is not changed. Throws <see cref="ArgumentException"/>
    /// for a <see cref="DateTimeKind.Local"/> time (a programming error, not a user's).
    /// </summary>
    public static TransitionResult Apply(AssignmentState state, AssignmentEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        var at = VietnamTime.AsUtc(@event.At);

        var refusal = StatusRefusal(state.Status, @event);
        if (refusal is not null)
        {
            return refusal;
        }

        if (@event is AssignmentEvent.Return r && string.IsNullOrWhiteSpace(r.Reason))
        {
            return TransitionResult.Refused(AssignmentRule.ReasonRequired, ReasonRequired);
        }

        if (@event is AssignmentEvent.Progress p && string.IsNullOrWhiteSpace(p.Text))
        {
            return TransitionResult.Refused(AssignmentRule.TextRequired, TextRequired);
        }

        if (at < state.LastEventAt)
        {
            return TransitionResult.Refused(AssignmentRule.OutOfOrder, OutOfOrder);
        }

        var next = @event switch
        {
            AssignmentEvent.Progress => state with { LastProgressAt = at },
            AssignmentEvent.Submit => state with { Status = AssignmentStatus.Submitted, SubmittedAt = at },
            AssignmentEvent.Return ret => state with { Status = AssignmentStatus.Returned, ReturnedAt = at, ReturnReason = ret.Reason.Trim() },
            AssignmentEvent.Accept => state with { Status = AssignmentStatus.Accepted, AcceptedAt = at },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, null),
        };
        return TransitionResult.Allowed(next with { LastEventAt = at });
    }

    private static TransitionResult? StatusRefusal(AssignmentStatus status, AssignmentEvent @event) => (status, @event) switch
    {
        (AssignmentStatus.Open or AssignmentStatus.Returned, AssignmentEvent.Progress or AssignmentEvent.Submit) => null,
        (AssignmentStatus.Submitted, AssignmentEvent.Return or AssignmentEvent.Accept) => null,

        (AssignmentStatus.Accepted, AssignmentEvent.Progress) => TransitionResult.Refused(AssignmentRule.AlreadyAccepted, AcceptedNoProgress),
        (AssignmentStatus.Accepted, AssignmentEvent.Submit) => TransitionResult.Refused(AssignmentRule.AlreadyAccepted, AcceptedNoSubmit),
        (AssignmentStatus.Accepted, AssignmentEvent.Return) => TransitionResult.Refused(AssignmentRule.AlreadyAccepted, AcceptedNoReturn),
        (AssignmentStatus.Accepted, _) => TransitionResult.Refused(AssignmentRule.AlreadyAccepted, AcceptedNoAccept),
        (AssignmentStatus.Submitted, AssignmentEvent.Progress) => TransitionResult.Refused(AssignmentRule.AwaitingReview, ReviewNoProgress),
        (AssignmentStatus.Submitted, _) => TransitionResult.Refused(AssignmentRule.AwaitingReview, ReviewNoSubmit),
        (AssignmentStatus.Open, AssignmentEvent.Accept) => TransitionResult.Refused(AssignmentRule.NotSubmitted, OpenNoAccept),
        (AssignmentStatus.Open, _) => TransitionResult.Refused(AssignmentRule.NotSubmitted, OpenNoReturn),
        (AssignmentStatus.Returned, AssignmentEvent.Accept) => TransitionResult.Refused(AssignmentRule.NotSubmitted, ReturnedNoAccept),
        (AssignmentStatus.Returned, _) => TransitionResult.Refused(AssignmentRule.NotSubmitted, ReturnedNoReturn),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// The state as it was at <paramref name="asOf"/> (UTC, inclusive): replays, in time order,
    /// only the events at or before it, so counts at a past period end are the same whenever the
    /// report is run. Use <see cref="VietnamTime.EndOfDayUtc"/> for "as of 31/12/2026".
    /// </summary>
    public static AssignmentState StateAt(AssignmentState assigned, IEnumerable<AssignmentEvent> events, DateTime asOf)
    {
        var cutoff = VietnamTime.AsUtc(asOf);
        return Replay(assigned, events.Where(e => VietnamTime.AsUtc(e.At) <= cutoff));
    }

    /// <summary>
    /// Replays a stored history onto the assigned state, in time order (a stable sort, so events
    /// at the same instant keep their stored order). Stored events were accepted by
    /// <see cref="Apply"/>, so a refusal here means the history is corrupt: it throws
    /// <see cref="InvalidOperationException"/> rather than counting from a wrong state.
    /// </summary>
    public static AssignmentState Replay(AssignmentState assigned, IEnumerable<AssignmentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(assigned);
        ArgumentNullException.ThrowIfNull(events);
        var state = assigned;
        foreach (var e in events.OrderBy(e => VietnamTime.AsUtc(e.At)))
        {
            var result = Apply(state, e);
            if (!result.IsAllowed)
            {
                throw new InvalidOperationException($"Lịch sử nhiệm vụ không hợp lệ ({e.GetType().Name} lúc {e.At:O}): {result.Violation.Message}");
            }

            state = result.State;
        }

        return state;
    }

    /// <summary>
    /// Counts an assignment the Vietnamese way at <paramref name="asOf"/> (UTC). Pass the state as
    /// it was then (<see cref="StateAt"/>, or <see cref="ClassifyAt"/>). Days are Vietnam dates:
    /// due 15/12 means any time up to 23:59:59 on 15/12 at UTC+7 (16:59:59 UTC) is on time, and
    /// 00:00 on 16/12 local (17:00 UTC on 15/12) is late.
    /// <list type="bullet">
    /// <item>Accepted: done. On time if the accepted submission (<see cref="AssignmentState.CompletedAt"/>)
    /// fell on or before the due date, else late. The acceptance time does not count: the office's
    /// delay never makes a unit late.</item>
    /// <item>Submitted, awaiting the office: not done. Within term if the submission fell on or before
    /// the due date, even when the report is after it (again, the office's delay must not make
    /// the unit overdue); overdue if it was submitted after the due date.</item>
    /// <item>Returned: not done, and the returned submission no longer counts (the office found it
    /// incomplete): within term if <paramref name="asOf"/> is on or before the due date, else overdue.
    /// A later accepted resubmission is dated by itself, so a resubmission after the due date is
    /// done late.</item>
    /// <item>Open: within term if <paramref name="asOf"/> is on or before the due date, else overdue.</item>
    /// </list>
    /// </summary>
    public static AssignmentCount Classify(AssignmentState state, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        var today = VietnamTime.ToLocalDate(asOf);
        return state.Status switch
        {
            AssignmentStatus.Accepted => OnOrBeforeDue(state.CompletedAt, state.DueOn) ? AssignmentCount.DoneOnTime : AssignmentCount.DoneLate,
            AssignmentStatus.Submitted when OnOrBeforeDue(state.SubmittedAt, state.DueOn) => AssignmentCount.WithinTerm,
            AssignmentStatus.Submitted => AssignmentCount.Overdue,
            _ => today <= state.DueOn ? AssignmentCount.WithinTerm : AssignmentCount.Overdue,
        };
    }

    /// <summary><see cref="Classify(AssignmentState, DateTime)"/> now.</summary>
    public static AssignmentCount Classify(AssignmentState state, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Classify(state, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The count at <paramref name="asOf"/>, from the history as it stood then.</summary>
    public static AssignmentCount ClassifyAt(AssignmentState assigned, IEnumerable<AssignmentEvent> events, DateTime asOf) =>
        Classify(StateAt(assigned, events, asOf), asOf);

    // A missing time cannot be shown on time; states built by Apply always have it.
    private static bool OnOrBeforeDue(DateTime? utc, DateOnly dueOn) => utc is DateTime at && VietnamTime.ToLocalDate(at) <= dueOn;
}

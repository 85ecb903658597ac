using FireSafety.Core.Common;

namespace FireSafety.Core.Actions;

/// <summary>
/// The rules of a corrective action (anything else is refused with a Vietnamese reason, never an
/// exception):
/// <code>
///           Fix(note, evidence)   Verify     Reject(reason)   VerifyByInspection
/// Open      Fixed                 –          –                Verified
/// Fixed     –                     Verified   Open             Verified
/// Verified  –                     –          –                –
/// </code>
/// A fix needs a note and at least one evidence file; a rejection needs a reason and keeps the
/// previous fix's note for the record until the next fix replaces it.
/// </summary>
public static class ActionWorkflow
{
    public const string FixNoteRequired = "Vui lòng mô tả việc đã khắc phục.";
    public const string FixEvidenceRequired = "Vui lòng đính kèm ít nhất một ảnh hoặc tệp minh chứng đã khắc phục.";
    public const string RejectReasonRequired = "Vui lòng nêu lý do chưa đạt.";
    public const string AlreadyFixed = "Biện pháp đã được báo cáo khắc phục, đang chờ xác nhận.";
    public const string AlreadyVerified = "Biện pháp khắc phục đã được xác nhận hoàn thành.";
    public const string NotFixedYet = "Đơn vị chưa báo cáo khắc phục, chưa thể xác nhận.";

    public static ActionTransition Apply(ActionState state, ActionEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        var at = VietnamTime.AsUtc(@event.At);

        if (state.Status == ActionStatus.Verified)
        {
            return Refused(AlreadyVerified);
        }

        switch (@event)
        {
            case ActionEvent.Fix fix:
                if (state.Status != ActionStatus.Open)
                {
                    return Refused(AlreadyFixed);
                }

                if (string.IsNullOrWhiteSpace(fix.Note))
                {
                    return Refused(FixNoteRequired);
                }

                if (fix.EvidenceCount < 1)
                {
                    return Refused(FixEvidenceRequired);
                }

                return Allowed(state with { Status = ActionStatus.Fixed, FixedAt = at, FixedNote = fix.Note.Trim(), FixedBy = fix.By });

            case ActionEvent.Verify verify:
                return state.Status == ActionStatus.Fixed
                    ? Allowed(state with { Status = ActionStatus.Verified, VerifiedAt = at, VerifiedBy = verify.By })
                    : Refused(NotFixedYet);

            case ActionEvent.Reject reject:
                if (state.Status != ActionStatus.Fixed)
                {
                    return Refused(NotFixedYet);
                }

                return string.IsNullOrWhiteSpace(reject.Reason)
                    ? Refused(RejectReasonRequired)
                    : Allowed(state with { Status = ActionStatus.Open, RejectedAt = at, RejectReason = reject.Reason.Trim() });

            case ActionEvent.VerifyByInspection byInspection:
                return Allowed(state with { Status = ActionStatus.Verified, VerifiedAt = at, VerifiedBy = byInspection.By });

            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event, null);
        }
    }

    /// <summary>Open and past its due date (Vietnam days) on <paramref name="today"/>.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly dueOn, DateOnly today) =>
        status == ActionStatus.Open && today > dueOn;

    private static ActionTransition Allowed(ActionState state) => new(state, null);

    private static ActionTransition Refused(string message) => new(null, message);
}

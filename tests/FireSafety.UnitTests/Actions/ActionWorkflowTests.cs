using FireSafety.Core.Actions;
using static FireSafety.Core.Actions.ActionWorkflow;

namespace FireSafety.UnitTests.Actions;

public sealed class ActionWorkflowTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    private static ActionState Open() => ActionState.Opened;

    private static ActionState Fixed() => Must(Open(), new ActionEvent.Fix(T0, "hctp", "Đã thay bình mới.", 1));

    private static ActionState Verified() => Must(Fixed(), new ActionEvent.Verify(T0.AddHours(1), "vanphong"));

    private static ActionState Must(ActionState state, ActionEvent e)
    {
        var result = Apply(state, e);
        Assert.True(result.IsAllowed, result.Refusal);
        return result.State;
    }

    private static string Refused(ActionState state, ActionEvent e)
    {
        var result = Apply(state, e);
        Assert.False(result.IsAllowed);
        return result.Refusal;
    }

    public static TheoryData<ActionStatus, string, ActionStatus?> Table => new()
    {
        // from, event, to (null = refused): every status × every event kind.
        { ActionStatus.Open, "Fix", ActionStatus.Fixed },
        { ActionStatus.Open, "Verify", null },
        { ActionStatus.Open, "Reject", null },
        { ActionStatus.Open, "Inspection", ActionStatus.Verified },
        { ActionStatus.Fixed, "Fix", null },
        { ActionStatus.Fixed, "Verify", ActionStatus.Verified },
        { ActionStatus.Fixed, "Reject", ActionStatus.Open },
        { ActionStatus.Fixed, "Inspection", ActionStatus.Verified },
        { ActionStatus.Verified, "Fix", null },
        { ActionStatus.Verified, "Verify", null },
        { ActionStatus.Verified, "Reject", null },
        { ActionStatus.Verified, "Inspection", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Transitions_FollowTheTable(ActionStatus from, string kind, ActionStatus? to)
    {
        var state = from switch
        {
            ActionStatus.Open => Open(),
            ActionStatus.Fixed => Fixed(),
            _ => Verified(),
        };
        var at = T0.AddHours(2);
        ActionEvent e = kind switch
        {
            "Fix" => new ActionEvent.Fix(at, "hctp", "Đã dọn lối thoát nạn.", 2),
            "Verify" => new ActionEvent.Verify(at, "vanphong"),
            "Reject" => new ActionEvent.Reject(at, "vanphong", "Ảnh chưa rõ."),
            _ => new ActionEvent.VerifyByInspection(at, "hctp", 7),
        };

        var result = Apply(state, e);

        Assert.Equal(to, result.State?.Status);
        Assert.Equal(to is null, !string.IsNullOrEmpty(result.Refusal));
    }

    [Fact]
    public void Fix_WithoutNote_IsRefused_InVietnamese() =>
        Assert.Equal(FixNoteRequired, Refused(Open(), new ActionEvent.Fix(T0, "hctp", "  ", 1)));

    [Fact]
    public void Fix_WithoutEvidence_IsRefused() =>
        Assert.Equal(FixEvidenceRequired, Refused(Open(), new ActionEvent.Fix(T0, "hctp", "Đã sửa.", 0)));

    [Fact]
    public void Reject_WithoutReason_IsRefused_AndStaysFixed() =>
        Assert.Equal(RejectReasonRequired, Refused(Fixed(), new ActionEvent.Reject(T0, "vanphong", "")));

    [Fact]
    public void Fix_RecordsNoteTimeAndWho()
    {
        var state = Fixed();

        Assert.Equal(ActionStatus.Fixed, state.Status);
        Assert.Equal(T0, state.FixedAt);
        Assert.Equal("Đã thay bình mới.", state.FixedNote);
        Assert.Equal("hctp", state.FixedBy);
    }

    [Fact]
    public void Reject_ReopensWithReason_AndAFixCanFollow()
    {
        var rejected = Must(Fixed(), new ActionEvent.Reject(T0.AddHours(1), "vanphong", " Ảnh chưa rõ. "));

        Assert.Equal(ActionStatus.Open, rejected.Status);
        Assert.Equal("Ảnh chưa rõ.", rejected.RejectReason);
        var refixed = Must(rejected, new ActionEvent.Fix(T0.AddHours(2), "hctp", "Chụp lại ảnh.", 1));
        Assert.Equal(ActionStatus.Fixed, refixed.Status);
        Assert.Equal("Chụp lại ảnh.", refixed.FixedNote);
    }

    [Fact]
    public void Verify_RecordsWhoAndWhen()
    {
        var state = Verified();

        Assert.Equal("vanphong", state.VerifiedBy);
        Assert.Equal(T0.AddHours(1), state.VerifiedAt);
    }

    [Fact]
    public void LocalTime_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Apply(Open(), new ActionEvent.Fix(DateTime.Now, "hctp", "x", 1)));

    [Theory]
    [InlineData(ActionStatus.Open, "2026-12-15", "2026-12-15", false)]
    [InlineData(ActionStatus.Open, "2026-12-15", "2026-12-16", true)]
    [InlineData(ActionStatus.Fixed, "2026-12-15", "2026-12-20", false)]
    [InlineData(ActionStatus.Verified, "2026-12-15", "2026-12-20", false)]
    public void Overdue_OnlyWhenOpenAfterTheDueDay(ActionStatus status, string due, string today, bool expected) =>
        Assert.Equal(expected, IsOverdue(status, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}

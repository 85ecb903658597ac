using FireSafety.Core.Directives;
using static FireSafety.Core.Directives.AssignmentWorkflow;

namespace FireSafety.UnitTests.Directives;

public sealed class AssignmentTransitionTests
{
    private static readonly DateOnly Due = new(2026, 12, 15);
    private static readonly DateTime T0 = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    private static DateTime At(int hours) => T0.AddHours(hours);

    private static AssignmentState Open() => AssignmentState.Assigned(Due);

    private static AssignmentState Submitted() => Must(Open(), new AssignmentEvent.Submit(At(1)));

    private static AssignmentState Returned() => Must(Submitted(), new AssignmentEvent.Return(At(2), "Thiếu biên bản PC02."));

    private static AssignmentState Accepted() => Must(Submitted(), new AssignmentEvent.Accept(At(2)));

    private static AssignmentState Must(AssignmentState state, AssignmentEvent e)
    {
        var result = Apply(state, e);
        Assert.True(result.IsAllowed, result.Violation?.Message);
        return result.State;
    }

    private static RuleViolation Refused(AssignmentState state, AssignmentEvent e)
    {
        var result = Apply(state, e);
        Assert.False(result.IsAllowed);
        Assert.Null(result.State);
        Assert.False(string.IsNullOrWhiteSpace(result.Violation.Message));
        return result.Violation;
    }

    public static TheoryData<AssignmentStatus, string, AssignmentStatus?> Table => new()
    {
        // from, event, to (null = refused). Every status × every event kind appears once.
        { AssignmentStatus.Open, "Progress", AssignmentStatus.Open },
        { AssignmentStatus.Open, "Submit", AssignmentStatus.Submitted },
        { AssignmentStatus.Open, "Return", null },
        { AssignmentStatus.Open, "Accept", null },
        { AssignmentStatus.Submitted, "Progress", null },
        { AssignmentStatus.Submitted, "Submit", null },
        { AssignmentStatus.Submitted, "Return", AssignmentStatus.Returned },
        { AssignmentStatus.Submitted, "Accept", AssignmentStatus.Accepted },
        { AssignmentStatus.Returned, "Progress", AssignmentStatus.Returned },
        { AssignmentStatus.Returned, "Submit", AssignmentStatus.Submitted },
        { AssignmentStatus.Returned, "Return", null },
        { AssignmentStatus.Returned, "Accept", null },
        { AssignmentStatus.Accepted, "Progress", null },
        { AssignmentStatus.Accepted, "Submit", null },
        { AssignmentStatus.Accepted, "Return", null },
        { AssignmentStatus.Accepted, "Accept", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Apply_FollowsTheTransitionTable(AssignmentStatus from, string eventKind, AssignmentStatus? to)
    {
        var state = from switch
        {
            AssignmentStatus.Open => Open(),
            AssignmentStatus.Submitted => Submitted(),
            AssignmentStatus.Returned => Returned(),
            _ => Accepted(),
        };
        AssignmentEvent e = eventKind switch
        {
            "Progress" => new AssignmentEvent.Progress(At(10), "Đã tổ chức tuyên truyền."),
            "Submit" => new AssignmentEvent.Submit(At(10)),
            "Return" => new AssignmentEvent.Return(At(10), "Chưa đủ minh chứng."),
            _ => new AssignmentEvent.Accept(At(10)),
        };

        var result = Apply(state, e);

        Assert.Equal(to, result.State?.Status);
        Assert.Equal(to is null, result.Violation is not null);
    }

    [Fact]
    public void TransitionTable_CoversEveryStatusAndEveryEventKind()
    {
        var rows = Table.Select(row => ((AssignmentStatus)row[0], (string)row[1])).ToHashSet();
        var kinds = typeof(AssignmentEvent).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(AssignmentEvent))).Select(t => t.Name).ToList();

        Assert.Equal(4, kinds.Count);
        Assert.All(Enum.GetValues<AssignmentStatus>(), s => Assert.All(kinds, k => Assert.Contains((s, k), rows)));
    }

    [Fact]
    public void Progress_WhenOpen_RecordsTheReportTimeAndStaysOpen()
    {
        var state = Must(Open(), new AssignmentEvent.Progress(At(3), "Đã phổ biến Kết luận 02 cho 25 công chức."));

        Assert.Equal(AssignmentStatus.Open, state.Status);
        Assert.Equal(At(3), state.LastProgressAt);
        Assert.Null(state.SubmittedAt);
    }

    [Fact]
    public void Progress_WhenReturned_StaysReturnedAndKeepsTheReason()
    {
        var state = Must(Returned(), new AssignmentEvent.Progress(At(5), "Đang bổ sung biên bản."));

        Assert.Equal(AssignmentStatus.Returned, state.Status);
        Assert.Equal("Thiếu biên bản PC02.", state.ReturnReason);
        Assert.Equal(At(5), state.LastProgressAt);
    }

    [Fact]
    public void Submit_WhenOpen_BecomesSubmittedAtThatTime()
    {
        var state = Must(Open(), new AssignmentEvent.Submit(At(4)));

        Assert.Equal(AssignmentStatus.Submitted, state.Status);
        Assert.Equal(At(4), state.SubmittedAt);
        Assert.Equal(DateTimeKind.Utc, state.SubmittedAt!.Value.Kind);
    }

    [Fact]
    public void Submit_WhenReturned_ReplacesTheSubmissionTimeAndKeepsTheLastReturn()
    {
        var state = Must(Returned(), new AssignmentEvent.Submit(At(30)));

        Assert.Equal(AssignmentStatus.Submitted, state.Status);
        Assert.Equal(At(30), state.SubmittedAt);
        Assert.Equal(At(2), state.ReturnedAt);
        Assert.Equal("Thiếu biên bản PC02.", state.ReturnReason);
    }

    [Fact]
    public void Return_WhenSubmitted_WithReason_BecomesReturnedWithTheTrimmedReason()
    {
        var state = Must(Submitted(), new AssignmentEvent.Return(At(6), "  Thiếu ảnh bình chữa cháy.  "));

        Assert.Equal(AssignmentStatus.Returned, state.Status);
        Assert.Equal(At(6), state.ReturnedAt);
        Assert.Equal("Thiếu ảnh bình chữa cháy.", state.ReturnReason);
        Assert.Equal(At(1), state.SubmittedAt);
    }

    [Fact]
    public void Accept_WhenSubmitted_BecomesAcceptedAndKeepsTheSubmissionAsCompletion()
    {
        var state = Must(Submitted(), new AssignmentEvent.Accept(At(7)));

        Assert.Equal(AssignmentStatus.Accepted, state.Status);
        Assert.Equal(At(7), state.AcceptedAt);
        Assert.Equal(At(1), state.CompletedAt);
    }

    [Fact]
    public void Apply_DoesNotChangeTheGivenState()
    {
        var before = Submitted();
        var copy = before with { };

        _ = Apply(before, new AssignmentEvent.Accept(At(7)));

        Assert.Equal(copy, before);
    }

    [Fact]
    public void Progress_WhenSubmitted_IsRefused() =>
        Assert.Equal(AssignmentRule.AwaitingReview, Refused(Submitted(), new AssignmentEvent.Progress(At(5), "Bổ sung.")).Rule);

    [Fact]
    public void Progress_WhenAccepted_IsRefused() =>
        Assert.Equal(AssignmentRule.AlreadyAccepted, Refused(Accepted(), new AssignmentEvent.Progress(At(5), "Bổ sung.")).Rule);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Progress_WithoutText_IsRefused(string text) =>
        Assert.Equal(AssignmentRule.TextRequired, Refused(Open(), new AssignmentEvent.Progress(At(5), text)).Rule);

    [Fact]
    public void Submit_WhenSubmitted_IsRefused() =>
        Assert.Equal(AssignmentRule.AwaitingReview, Refused(Submitted(), new AssignmentEvent.Submit(At(5))).Rule);

    [Fact]
    public void Submit_WhenAccepted_IsRefusedWithAVietnameseMessage()
    {
        var violation = Refused(Accepted(), new AssignmentEvent.Submit(At(5)));

        Assert.Equal(AssignmentRule.AlreadyAccepted, violation.Rule);
        Assert.Equal("Nhiệm vụ đã được chấp nhận, không thể báo cáo hoàn thành lại.", violation.Message);
    }

    [Fact]
    public void Return_WhenOpen_IsRefused() =>
        Assert.Equal(AssignmentRule.NotSubmitted, Refused(Open(), new AssignmentEvent.Return(At(5), "Lý do.")).Rule);

    [Fact]
    public void Return_WhenReturned_IsRefused() =>
        Assert.Equal(AssignmentRule.NotSubmitted, Refused(Returned(), new AssignmentEvent.Return(At(5), "Lý do khác.")).Rule);

    [Fact]
    public void Return_WhenAccepted_IsRefused() =>
        Assert.Equal(AssignmentRule.AlreadyAccepted, Refused(Accepted(), new AssignmentEvent.Return(At(5), "Lý do.")).Rule);

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData(null)]
    public void Return_WithoutReason_IsRefused(string? reason)
    {
        var violation = Refused(Submitted(), new AssignmentEvent.Return(At(5), reason!));

        Assert.Equal(AssignmentRule.ReasonRequired, violation.Rule);
        Assert.Equal("Phải nêu lý do trả lại kết quả.", violation.Message);
    }

    [Fact]
    public void Accept_WhenOpen_IsRefused() =>
        Assert.Equal(AssignmentRule.NotSubmitted, Refused(Open(), new AssignmentEvent.Accept(At(5))).Rule);

    [Fact]
    public void Accept_WhenReturned_IsRefused() =>
        Assert.Equal(AssignmentRule.NotSubmitted, Refused(Returned(), new AssignmentEvent.Accept(At(5))).Rule);

    [Fact]
    public void Accept_WhenAccepted_IsRefused() =>
        Assert.Equal(AssignmentRule.AlreadyAccepted, Refused(Accepted(), new AssignmentEvent.Accept(At(5))).Rule);

    [Fact]
    public void Accept_EarlierThanTheSubmission_IsRefused() =>
        Assert.Equal(AssignmentRule.OutOfOrder, Refused(Submitted(), new AssignmentEvent.Accept(At(0))).Rule);

    [Fact]
    public void Submit_EarlierThanTheReturn_IsRefused() =>
        Assert.Equal(AssignmentRule.OutOfOrder, Refused(Returned(), new AssignmentEvent.Submit(At(1))).Rule);

    [Fact]
    public void Progress_EarlierThanTheLastProgress_IsRefused()
    {
        var state = Must(Open(), new AssignmentEvent.Progress(At(5), "Lần 1."));

        Assert.Equal(AssignmentRule.OutOfOrder, Refused(state, new AssignmentEvent.Progress(At(4), "Lần 0.")).Rule);
    }

    [Fact]
    public void Events_AtTheSameInstantAsTheLastOne_AreAllowed()
    {
        var state = Must(Open(), new AssignmentEvent.Progress(At(5), "Xong."));

        Assert.Equal(AssignmentStatus.Submitted, Must(state, new AssignmentEvent.Submit(At(5))).Status);
    }

    [Fact]
    public void Apply_WithAServerLocalTime_Throws() =>
        Assert.Throws<ArgumentException>(() => Apply(Open(), new AssignmentEvent.Submit(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Local))));

    [Fact]
    public void Apply_WithAnUnspecifiedKind_ReadsItAsUtc()
    {
        var state = Must(Open(), new AssignmentEvent.Submit(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Unspecified)));

        Assert.Equal(DateTimeKind.Utc, state.SubmittedAt!.Value.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), state.SubmittedAt);
    }
}

using FireSafety.Core.Directives;
using Microsoft.Extensions.Time.Testing;
using static FireSafety.Core.Directives.AssignmentWorkflow;

namespace FireSafety.UnitTests.Directives;

/// <summary>
/// The four counts, at period ends. Times are written in UTC on purpose (not built with
/// VietnamTime) so the +07:00 boundary is checked against independent numbers:
/// 16:59 UTC on 15/12 = 23:59 on 15/12 in Vietnam; 17:00 UTC on 15/12 = 00:00 on 16/12.
/// </summary>
public sealed class AssignmentCountTests
{
    private static readonly DateOnly Due = new(2026, 12, 15);

    /// <summary>23:59:59.9999999 on 31/12/2026 in Vietnam, the year-end report's "as of".</summary>
    private static readonly DateTime YearEnd2026 = new DateTime(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc).AddTicks(-1);

    private static readonly DateTime YearEnd2026Plus1Tick = YearEnd2026.AddTicks(1);

    private static DateTime Utc(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static AssignmentState Play(DateOnly due, params AssignmentEvent[] events) =>
        Replay(AssignmentState.Assigned(due), events);

    [Fact]
    public void Classify_SubmittedAt2359VietnamOnTheDueDay_IsDoneOnTime()
    {
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 15, 16, 59)), new AssignmentEvent.Accept(Utc(12, 16, 2)));

        Assert.Equal(AssignmentCount.DoneOnTime, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_SubmittedAtMidnightVietnamAfterTheDueDay_IsDoneLate()
    {
        // 17:00 UTC on the 15th is already the 16th in Vietnam, though still the 15th in UTC.
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 15, 17, 0)), new AssignmentEvent.Accept(Utc(12, 16, 2)));

        Assert.Equal(AssignmentCount.DoneLate, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_SubmittedEarlyOnTheDueDayInVietnam_WhichIsTheDayBeforeInUtc_IsDoneOnTime()
    {
        // 17:30 UTC on 14/12 = 00:30 on 15/12 in Vietnam.
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 14, 17, 30)), new AssignmentEvent.Accept(Utc(12, 15, 1)));

        Assert.Equal(AssignmentCount.DoneOnTime, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_SubmittedOnTimeButAcceptedAfterTheDueDate_IsStillDoneOnTime()
    {
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 10, 3)), new AssignmentEvent.Accept(Utc(12, 28, 3)));

        Assert.Equal(AssignmentCount.DoneOnTime, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_ReturnedThenResubmittedAfterTheDueDate_IsDoneLate()
    {
        var state = Play(
            Due,
            new AssignmentEvent.Submit(Utc(12, 10, 3)),
            new AssignmentEvent.Return(Utc(12, 12, 3), "Thiếu biên bản tự kiểm tra."),
            new AssignmentEvent.Submit(Utc(12, 20, 3)),
            new AssignmentEvent.Accept(Utc(12, 22, 3)));

        Assert.Equal(AssignmentCount.DoneLate, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_ReturnedThenResubmittedBeforeTheDueDate_IsDoneOnTime()
    {
        var state = Play(
            Due,
            new AssignmentEvent.Submit(Utc(12, 10, 3)),
            new AssignmentEvent.Return(Utc(12, 12, 3), "Thiếu ảnh."),
            new AssignmentEvent.Submit(Utc(12, 15, 16, 59)),
            new AssignmentEvent.Accept(Utc(12, 22, 3)));

        Assert.Equal(AssignmentCount.DoneOnTime, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_OpenAtTheLastInstantOfTheDueDay_IsWithinTerm()
    {
        var due = new DateOnly(2026, 12, 31);

        Assert.Equal(AssignmentCount.WithinTerm, Classify(AssignmentState.Assigned(due), YearEnd2026));
    }

    [Fact]
    public void Classify_OpenAtMidnightVietnamAfterTheDueDay_IsOverdue()
    {
        var due = new DateOnly(2026, 12, 31);

        Assert.Equal(AssignmentCount.Overdue, Classify(AssignmentState.Assigned(due), YearEnd2026Plus1Tick));
    }

    [Fact]
    public void Classify_OpenWithProgressAfterTheDueDay_IsOverdue()
    {
        var state = Play(Due, new AssignmentEvent.Progress(Utc(12, 5, 3), "Đang mua bình chữa cháy."));

        Assert.Equal(AssignmentCount.Overdue, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_SubmittedOnTimeAndAwaitingReviewAfterTheDueDay_IsWithinTerm()
    {
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 14, 3)));

        Assert.Equal(AssignmentCount.WithinTerm, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_SubmittedLateAndAwaitingReview_IsOverdue()
    {
        var state = Play(Due, new AssignmentEvent.Submit(Utc(12, 15, 17, 0)));

        Assert.Equal(AssignmentCount.Overdue, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_ReturnedWithinTerm_IsWithinTerm()
    {
        var state = Play(
            Due,
            new AssignmentEvent.Submit(Utc(12, 1, 3)),
            new AssignmentEvent.Return(Utc(12, 2, 3), "Thiếu ảnh."));

        Assert.Equal(AssignmentCount.WithinTerm, Classify(state, Utc(12, 15, 16, 59)));
    }

    [Fact]
    public void Classify_ReturnedAndStillWithTheUnitAfterTheDueDay_IsOverdueEvenIfTheFirstSubmissionWasOnTime()
    {
        var state = Play(
            Due,
            new AssignmentEvent.Submit(Utc(12, 1, 3)),
            new AssignmentEvent.Return(Utc(12, 2, 3), "Thiếu ảnh."));

        Assert.Equal(AssignmentCount.Overdue, Classify(state, YearEnd2026));
    }

    [Fact]
    public void Classify_WithATimeProvider_UsesItsCurrentInstant()
    {
        var state = AssignmentState.Assigned(Due);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 15, 16, 59, 0, TimeSpan.Zero));

        Assert.Equal(AssignmentCount.WithinTerm, Classify(state, time));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(AssignmentCount.Overdue, Classify(state, time));
    }

    [Fact]
    public void StateAt_ReplaysOnlyEventsUpToTheGivenInstant_Inclusive()
    {
        AssignmentEvent[] events =
        [
            new AssignmentEvent.Submit(Utc(12, 10, 3)),
            new AssignmentEvent.Accept(YearEnd2026),
            new AssignmentEvent.Progress(Utc(12, 1, 3), "Ghi nhận trễ nhưng xảy ra trước."),
        ];

        var atAccept = StateAt(AssignmentState.Assigned(Due), events, YearEnd2026);
        var justBefore = StateAt(AssignmentState.Assigned(Due), events, YearEnd2026.AddTicks(-1));

        Assert.Equal(AssignmentStatus.Accepted, atAccept.Status);
        Assert.Equal(AssignmentStatus.Submitted, justBefore.Status);
        Assert.Equal(Utc(12, 1, 3), justBefore.LastProgressAt);
    }

    [Fact]
    public void StateAt_BeforeAnyEvent_IsTheAssignedState()
    {
        var assigned = AssignmentState.Assigned(Due);

        Assert.Equal(assigned, StateAt(assigned, [new AssignmentEvent.Submit(Utc(12, 10, 3))], Utc(12, 1, 0)));
    }

    [Fact]
    public void ClassifyAt_YearEnd_IsReproducibleAfterLaterEvents()
    {
        // Submitted on time in December, accepted in January: at the 2026 year end it was not
        // done yet (awaiting the office, within term); at the end of January 2027 it is done on time.
        var assigned = AssignmentState.Assigned(Due);
        List<AssignmentEvent> events = [new AssignmentEvent.Submit(Utc(12, 10, 3))];
        var before = ClassifyAt(assigned, events, YearEnd2026);

        events.Add(new AssignmentEvent.Accept(Utc(1, 5, 3, year: 2027)));

        Assert.Equal(AssignmentCount.WithinTerm, before);
        Assert.Equal(before, ClassifyAt(assigned, events, YearEnd2026));
        Assert.Equal(AssignmentCount.DoneOnTime, ClassifyAt(assigned, events, Utc(1, 31, 16, year: 2027)));
    }

    [Fact]
    public void ClassifyAt_OverdueAtYearEnd_ThenDoneLateAfterANewYearSubmission()
    {
        var assigned = AssignmentState.Assigned(Due);
        AssignmentEvent[] events =
        [
            new AssignmentEvent.Submit(Utc(1, 10, 3, year: 2027)),
            new AssignmentEvent.Accept(Utc(1, 12, 3, year: 2027)),
        ];

        Assert.Equal(AssignmentCount.Overdue, ClassifyAt(assigned, events, YearEnd2026));
        Assert.Equal(AssignmentCount.DoneLate, ClassifyAt(assigned, events, Utc(3, 31, 16, year: 2027)));
    }

    [Fact]
    public void Replay_WithAHistoryTheRulesRefuse_Throws()
    {
        AssignmentEvent[] events = [new AssignmentEvent.Accept(Utc(12, 1, 3))];

        var ex = Assert.Throws<InvalidOperationException>(() => Replay(AssignmentState.Assigned(Due), events));
        Assert.Contains("chưa báo cáo hoàn thành", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_AtYearEnd_CountsEachOfTheFour()
    {
        var due = new DateOnly(2026, 12, 31);
        AssignmentState[] states =
        [
            Play(due, new AssignmentEvent.Submit(Utc(12, 31, 16, 59)), new AssignmentEvent.Accept(Utc(12, 31, 16, 59))),
            Play(new DateOnly(2026, 6, 30), new AssignmentEvent.Submit(Utc(7, 1, 2)), new AssignmentEvent.Accept(Utc(7, 2, 2))),
            AssignmentState.Assigned(due),
            AssignmentState.Assigned(due),
            Play(new DateOnly(2026, 12, 30), new AssignmentEvent.Progress(Utc(12, 1, 2), "Đang làm.")),
        ];

        var tally = AssignmentTally.Of(states.Select(s => Classify(s, YearEnd2026)));

        Assert.Equal(new AssignmentTally(DoneOnTime: 1, DoneLate: 1, WithinTerm: 2, Overdue: 1), tally);
        Assert.Equal(5, tally.Total);
        Assert.Equal(2, tally.Done);
        Assert.Equal(3, tally.NotDone);
    }
}

using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

public sealed class AssignmentUrgencyTests
{
    // 09:00 on 20/6/2026 in Vietnam.
    private static readonly DateTime Now = new(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private static DateTime Utc(int month, int day, int hour = 3) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    private static AssignmentState Play(DateOnly due, params AssignmentEvent[] events) =>
        AssignmentWorkflow.Replay(AssignmentState.Assigned(due), events);

    [Fact]
    public void Order_IsOverdueMostDaysFirst_ThenWithinTermNearestDue_ThenAwaitingReview_ThenDone()
    {
        var rows = new (string Name, AssignmentState State)[]
        {
            ("done", Play(D(6, 1), new AssignmentEvent.Submit(Utc(5, 30)), new AssignmentEvent.Accept(Utc(6, 2)))),
            ("within, due in 10 days", AssignmentState.Assigned(D(6, 30))),
            ("overdue 1 day", AssignmentState.Assigned(D(6, 19))),
            ("awaiting review", Play(D(6, 10), new AssignmentEvent.Submit(Utc(6, 18)))),
            ("within, due today", AssignmentState.Assigned(D(6, 20))),
            ("overdue 30 days, returned", Play(D(5, 21), new AssignmentEvent.Submit(Utc(5, 1)), new AssignmentEvent.Return(Utc(5, 2), "Thiếu ảnh."))),
            ("overdue 5 days", AssignmentState.Assigned(D(6, 15))),
            ("within, returned, due tomorrow", Play(D(6, 21), new AssignmentEvent.Submit(Utc(6, 1)), new AssignmentEvent.Return(Utc(6, 2), "Thiếu ảnh."))),
        };

        var order = rows.OrderByUrgency(r => r.State, Now).Select(r => r.Name);

        Assert.Equal(
            [
                "overdue 30 days, returned",
                "overdue 5 days",
                "overdue 1 day",
                "within, due today",
                "within, returned, due tomorrow",
                "within, due in 10 days",
                "awaiting review",
                "done",
            ],
            order);
    }

    [Fact]
    public void Key_CountsDaysOverdueInVietnamDates()
    {
        var state = AssignmentState.Assigned(D(6, 19));

        // 16:59 UTC on 19/6 is still 19/6 in Vietnam; 17:00 UTC is 20/6, one day overdue.
        Assert.Equal(new UrgencyKey(UrgencyBand.WithinTerm, 0), AssignmentUrgency.Key(state, new DateTime(2026, 6, 19, 16, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new UrgencyKey(UrgencyBand.Overdue, -1), AssignmentUrgency.Key(state, new DateTime(2026, 6, 19, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void AwaitingReview_OldestSubmissionFirst_EvenWhenSubmittedLate()
    {
        var older = Play(D(6, 30), new AssignmentEvent.Submit(Utc(6, 1)));
        var newerAndLate = Play(D(5, 1), new AssignmentEvent.Submit(Utc(6, 10)));

        Assert.Equal(UrgencyBand.AwaitingReview, AssignmentUrgency.Key(newerAndLate, Now).Band);
        Assert.True(AssignmentUrgency.Key(older, Now).CompareTo(AssignmentUrgency.Key(newerAndLate, Now)) < 0);
    }

    [Fact]
    public void Done_MostRecentlyAcceptedFirst()
    {
        var earlier = Play(D(6, 30), new AssignmentEvent.Submit(Utc(6, 1)), new AssignmentEvent.Accept(Utc(6, 2)));
        var later = Play(D(6, 30), new AssignmentEvent.Submit(Utc(6, 1)), new AssignmentEvent.Accept(Utc(6, 5)));

        Assert.True(AssignmentUrgency.Key(later, Now).CompareTo(AssignmentUrgency.Key(earlier, Now)) < 0);
    }
}

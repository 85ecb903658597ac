using FireSafety.Core.Reporting;

namespace FireSafety.UnitTests.Reporting;

public sealed class SummaryWorkflowTests
{
    private static readonly DateTime At = new(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);

    private static AnnualSummary Draft() => new() { Year = 2026, FiguresJson = "{\"Year\":2026}", Assessment = "Tốt" };

    [Fact]
    public void DraftToSubmittedToApprovedToSent_RecordsWhoAndWhen_AndFreezes()
    {
        var summary = Draft();

        Assert.Null(SummaryWorkflow.Submit(summary, "vanphong", At));
        Assert.Equal((SummaryStatus.Submitted, "vanphong", At), (summary.Status, summary.SubmittedBy, summary.SubmittedAtUtc));
        Assert.False(SummaryWorkflow.AcceptsFigures(summary));

        Assert.Null(SummaryWorkflow.Approve(summary, "lanhdao", At.AddDays(1)));
        Assert.True(summary.IsFrozen);
        Assert.Equal(SummarySnapshot.Hash(summary), summary.FrozenHash);

        Assert.Null(SummaryWorkflow.Send(summary, " 05/BC-STP ", new DateOnly(2026, 12, 10)));
        Assert.Equal((SummaryStatus.Sent, "05/BC-STP"), (summary.Status, summary.SentNumber));
        Assert.True(SummaryWorkflow.IsIntact(summary));
    }

    [Fact]
    public void OutOfOrderSteps_AreRefusedInVietnamese_AndChangeNothing()
    {
        var summary = Draft();
        Assert.Equal("Chỉ phê duyệt được báo cáo đang chờ duyệt.", SummaryWorkflow.Approve(summary, "lanhdao", At));
        Assert.Equal("Chỉ ghi nhận gửi đi được báo cáo đã phê duyệt.", SummaryWorkflow.Send(summary, "05/BC-STP", new DateOnly(2026, 12, 10)));
        Assert.Equal("Chỉ trả lại được báo cáo đang chờ duyệt.", SummaryWorkflow.Return(summary));
        Assert.Equal(SummaryStatus.Draft, summary.Status);

        Assert.Equal("Báo cáo chưa được tổng hợp số liệu.", SummaryWorkflow.Submit(new AnnualSummary { Year = 2026 }, "vanphong", At));

        SummaryWorkflow.Submit(summary, "vanphong", At);
        Assert.Null(SummaryWorkflow.Return(summary));
        Assert.Equal(SummaryStatus.Draft, summary.Status);
        Assert.True(SummaryWorkflow.AcceptsFigures(summary));

        SummaryWorkflow.Submit(summary, "vanphong", At);
        SummaryWorkflow.Approve(summary, "lanhdao", At);
        Assert.Equal("Vui lòng nhập số văn bản đi.", SummaryWorkflow.Send(summary, "  ", new DateOnly(2026, 12, 10)));
        Assert.Equal(SummaryStatus.Approved, summary.Status);
    }

    [Fact]
    public void AChangedFrozenSummary_IsNoLongerIntact_AndTheHashSeparatesItsParts()
    {
        var summary = Draft();
        SummaryWorkflow.Submit(summary, "vanphong", At);
        SummaryWorkflow.Approve(summary, "lanhdao", At);

        summary.Assessment += ".";
        Assert.False(SummaryWorkflow.IsIntact(summary));

        var a = new AnnualSummary { Year = 2026, Assessment = "ab", Direction = "c" };
        var b = new AnnualSummary { Year = 2026, Assessment = "a", Direction = "bc" };
        Assert.NotEqual(SummarySnapshot.Hash(a), SummarySnapshot.Hash(b));
    }
}

namespace FireSafety.Core.Reporting;

/// <summary>
/// Draft → submitted (office) → approved (leader, freezes) → sent (office records the outgoing
/// number and date). A leader may return a submitted summary to draft. Refusals are Vietnamese.
/// </summary>
public static class SummaryWorkflow
{
    public static string? Submit(AnnualSummary summary, string by, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Status != SummaryStatus.Draft)
        {
            return "Chỉ gửi trình được báo cáo đang soạn thảo.";
        }

        if (summary.FiguresJson is null)
        {
            return "Báo cáo chưa được tổng hợp số liệu.";
        }

        summary.Status = SummaryStatus.Submitted;
        summary.SubmittedAtUtc = atUtc;
        summary.SubmittedBy = by;
        return null;
    }

    public static string? Return(AnnualSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Status != SummaryStatus.Submitted)
        {
            return "Chỉ trả lại được báo cáo đang chờ duyệt.";
        }

        summary.Status = SummaryStatus.Draft;
        return null;
    }

    public static string? Approve(AnnualSummary summary, string by, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Status != SummaryStatus.Submitted)
        {
            return "Chỉ phê duyệt được báo cáo đang chờ duyệt.";
        }

        summary.Status = SummaryStatus.Approved;
        summary.ApprovedAtUtc = atUtc;
        summary.ApprovedBy = by;
        summary.FrozenHash = SummarySnapshot.Hash(summary);
        return null;
    }

    public static string? Send(AnnualSummary summary, string number, DateOnly sentOn)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Status != SummaryStatus.Approved)
        {
            return "Chỉ ghi nhận gửi đi được báo cáo đã phê duyệt.";
        }

        if (string.IsNullOrWhiteSpace(number))
        {
            return "Vui lòng nhập số văn bản đi.";
        }

        summary.Status = SummaryStatus.Sent;
        summary.SentNumber = number.Trim();
        summary.SentOn = sentOn;
        return null;
    }

    /// <summary>Whether new figures may be written into this revision (only while it is a draft).</summary>
    public static bool AcceptsFigures(AnnualSummary summary) => summary?.Status == SummaryStatus.Draft;

    /// <summary>True when a frozen revision still matches the hash it was approved with.</summary>
    public static bool IsIntact(AnnualSummary summary) =>
        summary is not null && (!summary.IsFrozen || summary.FrozenHash == SummarySnapshot.Hash(summary));
}

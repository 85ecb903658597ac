using FireSafety.Core.Reporting;

namespace FireSafety.Web.Pages.Reporting;

/// <summary>Vietnamese names (resource keys) of the summary's states and runs.</summary>
public static class SummaryLabels
{
    public static string Status(SummaryStatus status) => status switch
    {
        SummaryStatus.Draft => "Đang soạn thảo",
        SummaryStatus.Submitted => "Chờ phê duyệt",
        SummaryStatus.Approved => "Đã phê duyệt",
        _ => "Đã gửi",
    };

    public static string Badge(SummaryStatus status) => status switch
    {
        SummaryStatus.Draft => "text-bg-secondary",
        SummaryStatus.Submitted => "text-bg-warning",
        SummaryStatus.Approved => "text-bg-success",
        _ => "text-bg-primary",
    };

    public static string Outcome(SummaryRunOutcome outcome) => outcome switch
    {
        SummaryRunOutcome.Requested => "Đang chờ",
        SummaryRunOutcome.Running => "Đang chạy",
        SummaryRunOutcome.Succeeded => "Thành công",
        _ => "Lỗi",
    };
}

using FireSafety.Core.Inspections;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>Vietnamese labels (resource keys) of inspections.</summary>
public static class InspectionLabels
{
    public static string Result(AnswerResult? result) => result switch
    {
        AnswerResult.Pass => "Đạt",
        AnswerResult.Fail => "Không đạt",
        AnswerResult.NotApplicable => "Không áp dụng",
        _ => "Chưa đánh giá",
    };

    public static string Status(InspectionStatus status) => status == InspectionStatus.Draft ? "Đang kiểm tra (nháp)" : "Đã nộp";

    public static string Rhythm(RhythmState state) => state switch
    {
        RhythmState.Done => "Đã kiểm tra kỳ này",
        RhythmState.Due => "Đến kỳ kiểm tra",
        _ => "Quá hạn kiểm tra",
    };

    public static string RhythmBadge(RhythmState state) => state switch
    {
        RhythmState.Done => "text-bg-success",
        RhythmState.Due => "text-bg-warning",
        _ => "text-bg-danger",
    };

    public static string Interval(int months) => months switch
    {
        1 => "Hằng tháng",
        3 => "Hằng quý",
        6 => "6 tháng một lần",
        12 => "Hằng năm",
        _ => "{0} tháng một lần",
    };
}

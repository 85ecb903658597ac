using FireSafety.Core.Directives;

namespace FireSafety.Web.Pages.Directives;

/// <summary>The Vietnamese names of the directive enums, used as localisation keys.</summary>
public static class DirectiveLabels
{
    public static IReadOnlyList<TaskCategory> Categories { get; } = Enum.GetValues<TaskCategory>();

    public static IReadOnlyList<RhythmKind> Rhythms { get; } = Enum.GetValues<RhythmKind>();

    public static string For(TaskCategory category) => category switch
    {
        TaskCategory.Dissemination => "Tuyên truyền, phổ biến",
        TaskCategory.SelfInspection => "Tự kiểm tra",
        TaskCategory.Equipment => "Phương tiện PCCC",
        TaskCategory.IncidentResponse => "Xử lý sự cố",
        TaskCategory.ResponsePlan => "Phương án chữa cháy",
        TaskCategory.RiskPoints => "Điểm nguy cơ",
        TaskCategory.Reporting => "Báo cáo",
        TaskCategory.Training => "Huấn luyện",
        _ => "Khác",
    };

    public static string For(RhythmKind kind) => kind switch
    {
        RhythmKind.Monthly => "Hằng tháng",
        RhythmKind.Quarterly => "Hằng quý",
        _ => "Hằng năm",
    };

    public static string For(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Open => "Đang thực hiện",
        AssignmentStatus.Submitted => "Chờ duyệt",
        AssignmentStatus.Returned => "Bị trả lại",
        _ => "Đã hoàn thành",
    };
}

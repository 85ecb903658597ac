using FireSafety.Core.Directives;

namespace FireSafety.Web.Pages.Tasks;

/// <summary>What the follow-up board filters by: the four Vietnamese counts, and "awaiting review".</summary>
public enum TaskStatusFilter
{
    DoneOnTime,
    DoneLate,
    WithinTerm,
    Overdue,
    Submitted,
}

public static class TaskLabels
{
    public static string Count(AssignmentCount count) => count switch
    {
        AssignmentCount.DoneOnTime => "Hoàn thành đúng hạn",
        AssignmentCount.DoneLate => "Hoàn thành quá hạn",
        AssignmentCount.WithinTerm => "Chưa hoàn thành, trong hạn",
        _ => "Chưa hoàn thành, quá hạn",
    };

    public static string Status(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Open => "Đang thực hiện",
        AssignmentStatus.Submitted => "Chờ duyệt",
        AssignmentStatus.Returned => "Bị trả lại",
        _ => "Đã chấp nhận",
    };

    public static string Badge(AssignmentCount count) => count switch
    {
        AssignmentCount.DoneOnTime => "text-bg-success",
        AssignmentCount.DoneLate => "text-bg-warning",
        AssignmentCount.WithinTerm => "text-bg-info",
        _ => "text-bg-danger",
    };

    public static string Category(TaskCategory category) => category switch
    {
        TaskCategory.Dissemination => "Tuyên truyền, phổ biến",
        TaskCategory.SelfInspection => "Tự kiểm tra",
        TaskCategory.Equipment => "Phương tiện PCCC",
        TaskCategory.IncidentResponse => "Xử lý sự cố",
        TaskCategory.ResponsePlan => "Phương án chữa cháy",
        TaskCategory.RiskPoints => "Điểm nguy cơ",
        TaskCategory.Reporting => "Báo cáo",
        TaskCategory.Training => "Huấn luyện, diễn tập",
        _ => "Khác",
    };
}

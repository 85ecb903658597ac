using FireSafety.Core.Actions;

namespace FireSafety.Web.Pages.Actions;

/// <summary>Vietnamese labels (resource keys) and badges of corrective actions.</summary>
public static class ActionLabels
{
    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Open => "Chưa khắc phục",
        ActionStatus.Fixed => "Đã khắc phục, chờ xác nhận",
        _ => "Đã xác nhận",
    };

    public static string Badge(ActionStatus status, bool overdue) => overdue
        ? "text-bg-danger"
        : status switch
        {
            ActionStatus.Open => "text-bg-warning",
            ActionStatus.Fixed => "text-bg-info",
            _ => "text-bg-success",
        };

    public static string Severity(Severity severity) => severity switch
    {
        Core.Actions.Severity.Critical => "Nghiêm trọng",
        Core.Actions.Severity.Major => "Quan trọng",
        _ => "Nhỏ",
    };

    public static string SeverityBadge(Severity severity) => severity switch
    {
        Core.Actions.Severity.Critical => "text-bg-danger",
        Core.Actions.Severity.Major => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string Source(ActionSource source) => source switch
    {
        ActionSource.Inspection => "Tự kiểm tra",
        ActionSource.EquipmentCheck => "Kiểm tra phương tiện",
        ActionSource.Incident => "Sự cố",
        ActionSource.RiskPoint => "Điểm nguy cơ",
        _ => "Nhập tay",
    };
}

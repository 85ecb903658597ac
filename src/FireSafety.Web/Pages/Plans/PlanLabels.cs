using FireSafety.Core.Plans;

namespace FireSafety.Web.Pages.Plans;

/// <summary>Vietnamese labels and badges of the plan pages (keys of the shared resource).</summary>
public static class PlanLabels
{
    public static string Status(PlanStatus status) => PlanDocument.StatusText(status);

    public static string StatusBadge(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "text-bg-warning",
        PlanStatus.Approved => "text-bg-success",
        _ => "text-bg-secondary",
    };
}

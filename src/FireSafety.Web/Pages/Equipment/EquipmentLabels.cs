using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>Vietnamese labels, badges and drop-downs of the equipment pages.</summary>
public static class EquipmentLabels
{
    public static string Status(EquipmentStatus status) => status switch
    {
        EquipmentStatus.InService => "Đang sử dụng",
        EquipmentStatus.NeedsRepair => "Cần sửa chữa",
        _ => "Ngừng sử dụng",
    };

    public static string StatusBadge(EquipmentStatus status) => status switch
    {
        EquipmentStatus.InService => "text-bg-success",
        EquipmentStatus.NeedsRepair => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string Due(DueState state) => state switch
    {
        DueState.Overdue => "Quá hạn",
        DueState.DueSoon => "Sắp đến hạn",
        DueState.Ok => "Còn hạn",
        _ => "Chưa có hạn",
    };

    public static string DueBadge(DueState state) => state switch
    {
        DueState.Overdue => "text-bg-danger",
        DueState.DueSoon => "text-bg-warning",
        DueState.Ok => "text-bg-light border",
        _ => "text-bg-light border",
    };

    public static string Date(DateOnly? date) => date?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The areas the user may see, labelled "facility — area (floor)".</summary>
    public static async Task<List<SelectListItem>> AreasAsync(FireSafetyDbContext db, int? selected, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking()
            .OrderBy(a => a.Facility!.Name).ThenBy(a => a.Name)
            .Select(a => new { a.Id, Facility = a.Facility!.Name, a.Name, a.Floor })
            .ToListAsync(cancellationToken);
        return [.. areas.Select(a => new SelectListItem(
            $"{a.Facility} — {a.Name}" + (string.IsNullOrEmpty(a.Floor) ? string.Empty : $" ({a.Floor})"),
            a.Id.ToString(CultureInfo.InvariantCulture),
            a.Id == selected))];
    }

    public static async Task<List<SelectListItem>> TypesAsync(FireSafetyDbContext db, int? selected, CancellationToken cancellationToken)
    {
        var types = await db.EquipmentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. types.Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture), t.Id == selected))];
    }
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>The equipment register of the user's scope: filtered, overdue first, paged; exported to Excel with the same filters.</summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time) : UnitListPageModel
{
    public enum DueFilter
    {
        /// <summary>Check or maintenance overdue.</summary>
        Overdue,

        /// <summary>Check or maintenance due within <see cref="EquipmentDueDates.DueSoonDays"/> days.</summary>
        DueSoon,

        CheckOverdue,
        CheckDueSoon,
        MaintenanceOverdue,
        MaintenanceDueSoon,
    }

    public sealed record Row(int Id, string Code, string TypeName, string UnitName, string FacilityName, string AreaName, DateOnly? NextCheckDue, DateOnly? NextMaintenanceDue, EquipmentStatus Status);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? TypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public EquipmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DueFilter? Due { get; set; }

    /// <summary>Items whose last maintenance fell in this year (up to today) — the annual summary's figure.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Maintained { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public DateOnly Today { get; private set; }

    public List<SelectListItem> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        Rows = await PageAsync(db, Filtered(Today).Select(i => new Row(i.Id, i.Code, i.Type!.Name, db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, i.Area!.Facility!.Name, i.Area.Name, i.NextCheckDue, i.NextMaintenanceDue, i.Status)), cancellationToken);
        Types = await EquipmentLabels.TypesAsync(db, TypeId, cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The register as an Excel file, with the filters of the list.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var items = await Filtered(today)
            .Select(i => new { i.Code, TypeCode = i.Type!.Code, TypeName = i.Type.Name, Facility = i.Area!.Facility!.Name, Area = i.Area.Name, i.Serial, i.ManufacturedOn, i.CommissionedOn, i.LastCheckedOn, i.LastMaintainedOn, i.NextCheckDue, i.NextMaintenanceDue, i.Status, i.Note })
            .ToListAsync(cancellationToken);
        var bytes = EquipmentExcel.Export(items.Select(i => new ExportRow(i.Code, i.TypeCode, i.TypeName, i.Facility, i.Area, i.Serial, i.ManufacturedOn, i.CommissionedOn, i.LastCheckedOn, i.LastMaintainedOn, i.NextCheckDue, i.NextMaintenanceDue, EquipmentLabels.Status(i.Status), i.Note)));
        return File(bytes, EquipmentExcel.ContentType, $"so-phuong-tien-pccc-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    private IQueryable<EquipmentItem> Filtered(DateOnly today)
    {
        var query = db.EquipmentItems.AsNoTracking().WhereMatches(Q).ForUnits(db, UnitId, Under);

        if (TypeId is not null)
        {
            query = query.Where(i => i.TypeId == TypeId);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (Maintained is >= 2000 and <= 2100)
        {
            var from = new DateOnly(Maintained.Value, 1, 1);
            var to = new DateOnly(Maintained.Value, 12, 31);
            query = query.Where(i => i.LastMaintainedOn >= from && i.LastMaintainedOn <= to && i.LastMaintainedOn <= today);
        }

        var soon = today.AddDays(EquipmentDueDates.DueSoonDays);
        query = Due switch
        {
            DueFilter.Overdue => query.Where(i => i.Status != EquipmentStatus.Retired && (i.NextCheckDue < today || i.NextMaintenanceDue < today)),
            DueFilter.DueSoon => query.Where(i => i.Status != EquipmentStatus.Retired && ((i.NextCheckDue >= today && i.NextCheckDue <= soon) || (i.NextMaintenanceDue >= today && i.NextMaintenanceDue <= soon))),
            DueFilter.CheckOverdue => query.Where(i => i.Status != EquipmentStatus.Retired && i.NextCheckDue < today),
            DueFilter.CheckDueSoon => query.Where(i => i.Status != EquipmentStatus.Retired && i.NextCheckDue >= today && i.NextCheckDue <= soon),
            DueFilter.MaintenanceOverdue => query.Where(i => i.Status != EquipmentStatus.Retired && i.NextMaintenanceDue < today),
            DueFilter.MaintenanceDueSoon => query.Where(i => i.Status != EquipmentStatus.Retired && i.NextMaintenanceDue >= today && i.NextMaintenanceDue <= soon),
            _ => query,
        };

        // Overdue first, then by next check, then by code.
        return query
            .OrderBy(i => i.Status == EquipmentStatus.Retired ? 2 : (i.NextCheckDue < today || i.NextMaintenanceDue < today) ? 0 : 1)
            .ThenBy(i => i.NextCheckDue)
            .ThenBy(i => i.Code)
            .ThenBy(i => i.Id);
    }

    public static string DueLabel(DueFilter filter) => filter switch
    {
        DueFilter.Overdue => "Quá hạn",
        DueFilter.DueSoon => "Sắp đến hạn",
        DueFilter.CheckOverdue => "Quá hạn kiểm tra",
        DueFilter.CheckDueSoon => "Sắp đến hạn kiểm tra",
        DueFilter.MaintenanceOverdue => "Quá hạn bảo dưỡng",
        _ => "Sắp đến hạn bảo dưỡng",
    };
}

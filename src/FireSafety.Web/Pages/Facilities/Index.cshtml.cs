using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities;

/// <summary>The facilities register: paged, searchable without diacritics, scoped by unit; exported to Excel with the same filters.</summary>
public sealed class IndexModel(FireSafetyDbContext db, IAuthorizationService authorization, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, string Name, string Address, string UnitName, bool IsActive, int AreaCount, int HighRiskCount);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>true = only facilities in use (what the annual summary counts), false = only those no longer in use.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Active { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await PageAsync(db, Listed(Filtered()), cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditRegisters)).Succeeded;
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The register as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Cơ sở"],
            [s["Đơn vị"], s["Tên cơ sở"], s["Địa chỉ"], s["Số khu vực"], s["Số khu vực nguy cơ cao"], s["Đang sử dụng"]],
            rows.Select(r => (IReadOnlyList<object?>)[r.UnitName, r.Name, r.Address, r.AreaCount, r.HighRiskCount, r.IsActive ? s["Có"].Value : s["Không"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"co-so-{VietnamTime.Today(time).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The facilities of the current filter (the unit scope applies).</summary>
    private IQueryable<Facility> Filtered()
    {
        var query = db.Facilities.AsNoTracking().WhereMatches(Q).ForUnits(db, UnitId, Under);
        if (Active is { } active)
        {
            query = query.Where(f => f.IsActive == active);
        }

        return query;
    }

    private static IQueryable<Row> Listed(IQueryable<Facility> query) =>
        query.OrderBy(f => f.Unit!.SortOrder).ThenBy(f => f.Name)
            .Select(f => new Row(f.Id, f.Name, f.Address, f.Unit!.Name, f.IsActive, f.Areas.Count, f.Areas.Count(a => a.IsHighRisk)));
}

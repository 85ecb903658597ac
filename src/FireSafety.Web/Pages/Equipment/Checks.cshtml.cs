using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>The quick checks of the user's scope, latest first, filtered by year, type, unit and result — what the annual summary counts.</summary>
public sealed class ChecksModel(FireSafetyDbContext db) : PageModel
{
    public enum ResultFilter
    {
        Passed,
        Failed,
    }

    public sealed record Row(int Id, int ItemId, string ItemCode, string TypeName, string UnitName, DateOnly CheckedOn, string? CheckedBy, bool Passed);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? TypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ResultFilter? Result { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>The unit picker when the units are too many for a drop-down (ADR 0094); null otherwise.</summary>
    public Picker? UnitPicker { get; private set; }

    public List<SelectListItem> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        var query = db.EquipmentChecks.AsNoTracking();
        if (Year is >= 2000 and <= 2100)
        {
            var from = new DateOnly(Year.Value, 1, 1);
            var to = new DateOnly(Year.Value, 12, 31);
            query = query.Where(c => c.CheckedOn >= from && c.CheckedOn <= to);
        }

        if (UnitId is not null)
        {
            query = query.Where(c => c.UnitId == UnitId);
        }

        if (TypeId is not null)
        {
            query = query.Where(c => c.Item!.TypeId == TypeId);
        }

        query = Result switch
        {
            ResultFilter.Passed => query.Where(c => c.Passed),
            ResultFilter.Failed => query.Where(c => !c.Passed),
            _ => query,
        };

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderByDescending(c => c.CheckedAtUtc).ThenByDescending(c => c.Id)
                .Select(c => new Row(c.Id, c.ItemId, c.Item!.Code, c.Item.Type!.Name, db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, c.CheckedOn, c.CheckedBy, c.Passed)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
        UnitPicker = Picker.Offer(Units, PickerKind.Units, () => Url.Page("/Lookup/Units"));
        Types = await EquipmentLabels.TypesAsync(db, TypeId, cancellationToken);
    }

    public static string ResultLabel(ResultFilter result) => result == ResultFilter.Passed ? "Đạt" : "Không đạt";
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// What every list filtered by unit shares: <c>unitId</c> (one unit), <c>under</c> (a unit and its
/// subtree, see <see cref="Core.Units.UnitFilter"/>), the page <c>p</c>, the unit drop-down and the
/// removable "under" badge. A page applies the filters with <c>ForUnits(db, UnitId, Under)</c> and
/// calls <see cref="LoadUnitFilterAsync"/> for the form.
/// </summary>
public abstract class UnitListPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    /// <summary>A unit and its whole subtree (the dashboard's links).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Under { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>A unit head's view: their own unit and sub-units only, so no unit column or filter is needed.</summary>
    public bool IsUnitView => User.IsInRole(Roles.UnitHead);

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>The unit picker when the units are too many for a drop-down (ADR 0094); null otherwise.</summary>
    public Picker? UnitPicker { get; private set; }

    public UnderBadge? UnderBadge { get; private set; }

    /// <summary>The unit drop-down (the units the user may see) and the badge of the <c>under</c> filter.</summary>
    /// <summary>
    /// The page of <paramref name="rows"/> the request asks for, kept in the
    /// <see cref="DataVersionCache"/> until the data changes (ADR 0093).
    /// </summary>
    protected Task<PagedList<T>> PageAsync<T>(FireSafetyDbContext db, IQueryable<T> rows, CancellationToken cancellationToken) =>
        CachedAsync(db, "rows", ct => PagedList<T>.CreateAsync(rows, PageNumber, cancellationToken: ct), cancellationToken);

    /// <summary>
    /// A result of the list's request kept in the <see cref="DataVersionCache"/> until the data
    /// changes. What a list shows depends only on its query string (every filter and the page),
    /// the reader's unit scope (in every key) and the Vietnam day (overdue, due soon): the key.
    /// </summary>
    protected async Task<T> CachedAsync<T>(FireSafetyDbContext db, string part, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        var cache = HttpContext.RequestServices.GetRequiredService<DataVersionCache>();
        var today = VietnamTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        var key = string.Create(CultureInfo.InvariantCulture, $"list|{part}|{Request.Path}|{Request.QueryString}|{today:yyyy-MM-dd}");
        return await cache.GetOrComputeAsync(db, key, compute, cancellationToken);
    }

    protected async Task LoadUnitFilterAsync(FireSafetyDbContext db, CancellationToken cancellationToken)
    {
        var cache = HttpContext.RequestServices.GetRequiredService<DataVersionCache>();
        Units = await UnitOptions.ListAsync(cache, db, UnitId, activeOnly: false, cancellationToken);
        UnitPicker = Picker.Offer(Units, PickerKind.Units, () => Url.Page("/Lookup/Units"));
        UnderBadge = await UnderBadge.LoadAsync(db, Under, Request, cancellationToken);
    }
}

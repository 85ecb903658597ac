using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

/// <summary>
/// Fire-fighting plans of the user's scope: the current revision of each plan, with whether it was
/// drilled in the chosen year (this year by default). The annual summary's figures link here with
/// <c>inForce</c>, <c>approvedYear</c> and <c>year</c> + <c>drilled</c>, which select revisions the
/// way <see cref="PlanQueries"/> counts them; the daily reminders link here with <c>inForce</c> plus
/// <c>review</c> or <c>year</c> + <c>drilled=false</c>, and the unit.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, PlanOptions options, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    /// <summary>The review filter: past the next review date, or due within the warning days.</summary>
    public enum ReviewFilter
    {
        Overdue,
        DueSoon,
    }

    public sealed record Row(int Id, string Title, string UnitName, string FacilityName, int Revision, PlanStatus Status, DateOnly? ApprovedOn, bool Drilled, DateOnly? NextReviewOn);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? FacilityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public PlanStatus? Status { get; set; }

    /// <summary>The year "drilled" refers to; this Vietnam year by default.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>true: drilled in <see cref="Year"/>; false: not drilled; null: either.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Drilled { get; set; }

    /// <summary>The revisions in force at the end of that year (or today while it runs), whether current or not.</summary>
    [BindProperty(SupportsGet = true)]
    public int? InForce { get; set; }

    /// <summary>The revisions approved in that year, whether current or not.</summary>
    [BindProperty(SupportsGet = true)]
    public int? ApprovedYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewFilter? Review { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public int DrillYear { get; private set; }

    public DateOnly Today { get; private set; }

    public int ReviewWarningDays => options.ReviewWarningDays;

    public List<SelectListItem> Facilities { get; private set; } = [];

    /// <summary>The facility picker when the facilities are too many for a drop-down (ADR 0094); null otherwise.</summary>
    public Picker? FacilityPicker { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        Today = today;
        DrillYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Rows = await PageAsync(db, Listed(Filtered(today)), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
        // One more than a drop-down sends whole tells whether a picker is needed; it then needs only the selected one.
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).Take(Picker.Threshold + 1).ToListAsync(cancellationToken);
        Facilities = [.. facilities.Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture), f.Id == FacilityId))];
        FacilityPicker = Picker.Offer(Facilities, PickerKind.Facilities, () => Url.Page("/Lookup/Facilities"));
        if (FacilityPicker is not null && Facilities.Count == 0 && FacilityId is { } selected)
        {
            Facilities = [.. await db.Facilities.AsNoTracking().Where(f => f.Id == selected)
                .Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture), true)).ToListAsync(cancellationToken)];
        }
    }

    /// <summary>The plans as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        DrillYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        var rows = await Listed(Filtered(today)).ToListAsync(cancellationToken);
        var bytes = ExcelSheet.Write(
            s["Phương án chữa cháy"],
            [s["Đơn vị"], s["Cơ sở"], s["Tên phương án"], s["Lần sửa đổi"], s["Trạng thái"], s["Ngày phê duyệt"], s["Đã thực tập năm {0}", DrillYear]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.FacilityName, r.Title, r.Revision, s[PlanLabels.Status(r.Status)].Value,
                r.ApprovedOn?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture), r.Drilled ? s["Có"].Value : s["Không"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"phuong-an-chua-chay-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The plan revisions of the current filter (the unit scope applies); <see cref="DrillYear"/> must be set.</summary>
    private IQueryable<ResponsePlan> Filtered(DateOnly today)
    {
        var plans = db.ResponsePlans.AsNoTracking().WhereMatches(Q);
        if (InForce is >= 2000 and <= 2100)
        {
            plans = plans.InForceOn(PlanRules.InForceDay(InForce.Value, today));
        }
        else if (ApprovedYear is >= 2000 and <= 2100)
        {
            plans = plans.ApprovedIn(ApprovedYear.Value);
        }
        else
        {
            plans = plans.Where(p => p.IsCurrent);
        }

        plans = plans.ForUnits(db, UnitId, Under);
        if (FacilityId is not null)
        {
            plans = plans.Where(p => p.FacilityId == FacilityId);
        }

        if (Status is not null)
        {
            plans = plans.Where(p => p.Status == Status);
        }

        if (Review is ReviewFilter.Overdue)
        {
            plans = plans.ReviewOverdue(today);
        }
        else if (Review is ReviewFilter.DueSoon)
        {
            plans = plans.ReviewDueSoon(today, options.ReviewWarningDays);
        }

        if (Drilled is not null)
        {
            plans = plans.DrilledIn(db.Drills, DrillYear, Drilled.Value);
        }

        return plans;
    }

    private IQueryable<Row> Listed(IQueryable<ResponsePlan> plans)
    {
        var from = new DateOnly(DrillYear, 1, 1);
        var to = new DateOnly(DrillYear, 12, 31);
        return plans.OrderBy(p => p.Facility!.Name).ThenBy(p => p.Title).ThenByDescending(p => p.Revision).ThenBy(p => p.Id)
            .Select(p => new Row(
                p.Id,
                p.Title,
                db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                p.Facility!.Name,
                p.Revision,
                p.Status,
                p.ApprovedOn,
                db.Drills.Any(d => d.Plan!.SeriesKey == p.SeriesKey && d.HeldOn >= from && d.HeldOn <= to),
                p.NextReviewOn));
    }
}

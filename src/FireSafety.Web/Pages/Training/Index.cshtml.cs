using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Training;

/// <summary>The certificate states the list filters by (on <see cref="IndexModel.On"/>, or today).</summary>
public enum StatusFilter
{
    /// <summary>Expires within the warning window.</summary>
    Expiring,

    Expired,

    /// <summary>Not expired: no expiry, valid, or expiring soon.</summary>
    Valid,
}

/// <summary>
/// Training records of the user's scope, soonest expiry first, filtered by unit, certificate state,
/// year of completion, certified or not, and "as of" a day (the annual summary's figures link here
/// with exactly these filters); expiring and expired certificates are marked.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, TrainingOptions options) : PageModel
{
    public sealed record Row(int Id, string UnitName, string PersonName, string? Position, string CourseName, string? Provider, DateOnly CompletedOn, string? CertificateNumber, DateOnly? CertificateExpiresOn);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusFilter? Status { get; set; }

    /// <summary>Year of completion.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Only records with a certificate number.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Certified { get; set; }

    /// <summary>The list as it stood on this day: records completed by then, states on that day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    /// <summary>The day the states are computed for.</summary>
    public DateOnly Day { get; private set; }

    public int WarningDays => options.WarningDays;

    public int ExpiringCount { get; private set; }

    public int ExpiredCount { get; private set; }

    public bool IsUnitView { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsUnitView = User.IsInRole(Roles.UnitHead);
        var today = VietnamTime.Today(time);
        Day = On ?? today;
        var day = Day;
        var query = db.TrainingRecords.AsNoTracking();
        if (UnitId is not null)
        {
            query = query.Where(r => r.UnitId == UnitId);
        }

        if (On is not null)
        {
            query = query.Where(r => r.CompletedOn <= day);
        }

        if (Year is { } year)
        {
            var from = new DateOnly(Math.Clamp(year, 1, 9999), 1, 1);
            var to = new DateOnly(Math.Clamp(year, 1, 9999), 12, 31);
            query = query.Where(r => r.CompletedOn >= from && r.CompletedOn <= to);
        }

        if (Certified)
        {
            query = query.Where(r => r.CertificateNumber != null);
        }

        ExpiringCount = await db.TrainingRecords.ExpiringSoon(today, options.WarningDays).CountAsync(cancellationToken);
        ExpiredCount = await db.TrainingRecords.Expired(today).CountAsync(cancellationToken);
        query = Status switch
        {
            StatusFilter.Expiring => query.ExpiringSoon(day, options.WarningDays),
            StatusFilter.Expired => query.Expired(day),
            StatusFilter.Valid => query.NotExpired(day),
            _ => query,
        };

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderBy(r => r.CertificateExpiresOn == null).ThenBy(r => r.CertificateExpiresOn).ThenBy(r => r.PersonName).ThenBy(r => r.Id)
                .Select(r => new Row(r.Id, db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, r.PersonName, r.Position, r.CourseName, r.Provider, r.CompletedOn, r.CertificateNumber, r.CertificateExpiresOn)),
            PageNumber,
            cancellationToken: cancellationToken);
        Units = await UnitOptions.ListAsync(db, UnitId, activeOnly: false, cancellationToken);
    }

    public CertificateStatus StatusOf(Row row) => Certificates.Status(row.CertificateExpiresOn, Day, options.WarningDays);
}

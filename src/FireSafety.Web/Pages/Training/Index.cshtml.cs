using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Training;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, TrainingOptions options, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    public sealed record Row(int Id, string UnitName, string PersonName, string? Position, string CourseName, string? Provider, DateOnly CompletedOn, string? CertificateNumber, DateOnly? CertificateExpiresOn);

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

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    /// <summary>The day the states are computed for.</summary>
    public DateOnly Day { get; private set; }

    public int WarningDays => options.WarningDays;

    public int ExpiringCount { get; private set; }

    public int ExpiredCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var units = db.TrainingRecords.ForUnits(db, UnitId, Under);
        ExpiringCount = await units.ExpiringSoon(today, options.WarningDays).CountAsync(cancellationToken);
        ExpiredCount = await units.Expired(today).CountAsync(cancellationToken);
        Rows = await PageAsync(db, Listed(Filtered()), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The records as an Excel file, with the filters of the list and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = await Listed(Filtered()).ToListAsync(cancellationToken);
        string? Date(DateOnly? d) => d?.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
        var bytes = ExcelSheet.Write(
            s["Huấn luyện nghiệp vụ PCCC"],
            [s["Đơn vị"], s["Họ và tên"], s["Chức vụ"], s["Khóa huấn luyện"], s["Đơn vị tổ chức"], s["Ngày hoàn thành"], s["Số giấy chứng nhận"], s["Ngày hết hạn"], s["Tình trạng"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.PersonName, r.Position, r.CourseName, r.Provider, Date(r.CompletedOn), r.CertificateNumber, Date(r.CertificateExpiresOn),
                s[TrainingLabels.Status(StatusOf(r))].Value]));
        return File(bytes, ExcelSheet.ContentType, $"huan-luyen-pccc-{Day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The records of the current filter (the unit scope applies); sets <see cref="Day"/>.</summary>
    private IQueryable<TrainingRecord> Filtered()
    {
        Day = On ?? VietnamTime.Today(time);
        var day = Day;
        var query = db.TrainingRecords.AsNoTracking().ForUnits(db, UnitId, Under);
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

        return Status switch
        {
            StatusFilter.Expiring => query.ExpiringSoon(day, options.WarningDays),
            StatusFilter.Expired => query.Expired(day),
            StatusFilter.Valid => query.NotExpired(day),
            _ => query,
        };
    }

    /// <summary>Soonest expiry first.</summary>
    private IQueryable<Row> Listed(IQueryable<TrainingRecord> query) =>
        query.OrderBy(r => r.CertificateExpiresOn == null).ThenBy(r => r.CertificateExpiresOn).ThenBy(r => r.PersonName).ThenBy(r => r.Id)
            .Select(r => new Row(r.Id, db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, r.PersonName, r.Position, r.CourseName, r.Provider, r.CompletedOn, r.CertificateNumber, r.CertificateExpiresOn));

    public CertificateStatus StatusOf(Row row) => Certificates.Status(row.CertificateExpiresOn, Day, options.WarningDays);
}

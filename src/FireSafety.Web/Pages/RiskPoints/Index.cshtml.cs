using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.RiskPoints;

/// <summary>
/// High-risk points of the user's scope: the 5 × 5 matrix (counts per likelihood × severity, each
/// cell a filter), and the list, highest score first, overdue reviews marked and filterable.
/// </summary>
public sealed class IndexModel(FireSafetyDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s) : UnitListPageModel
{
    private sealed record MatrixCell(int Likelihood, int Severity, int Count);

    public sealed record Row(int Id, string Hazard, string UnitName, string FacilityName, string AreaName, int Likelihood, int Severity, string? Measures, string OwnerName, DateOnly NextReviewOn);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Points whose score (likelihood × severity) is of this level.</summary>
    [BindProperty(SupportsGet = true)]
    public RiskLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>A matrix cell: likelihood.</summary>
    [BindProperty(SupportsGet = true, Name = "l")]
    public int? CellLikelihood { get; set; }

    /// <summary>A matrix cell: severity.</summary>
    [BindProperty(SupportsGet = true, Name = "s")]
    public int? CellSeverity { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    /// <summary>Counts by [likelihood - 1, severity - 1].</summary>
    public int[,] Matrix { get; } = new int[RiskMatrix.Max, RiskMatrix.Max];

    public int OverdueCount { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(time);
        var today = Today;
        var query = Filtered(today);
        // The matrix and the overdue count read every point of the scope: kept, like the page,
        // until the data changes (ADR 0093); the key holds the filters, the scope and the day.
        var cells = await CachedAsync(
            db,
            "matrix",
            ct => query.GroupBy(r => new { r.Likelihood, r.Severity })
                .Select(g => new MatrixCell(g.Key.Likelihood, g.Key.Severity, g.Count()))
                .ToListAsync(ct),
            cancellationToken);
        foreach (var cell in cells.Where(c => c.Likelihood is >= RiskMatrix.Min and <= RiskMatrix.Max && c.Severity is >= RiskMatrix.Min and <= RiskMatrix.Max))
        {
            Matrix[cell.Likelihood - 1, cell.Severity - 1] = cell.Count;
        }

        OverdueCount = await CachedAsync(
            db,
            "overdue",
            ct => db.RiskPoints.ForUnits(db, UnitId, Under).CountAsync(r => r.NextReviewOn < today, ct),
            cancellationToken);
        Rows = await PageAsync(db, Listed(query), cancellationToken);
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    /// <summary>The register as an Excel file, with the filters of the list (and its matrix cell) and the user's unit scope.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var rows = await Listed(Filtered(today)).ToListAsync(cancellationToken);
        string Date(DateOnly d) => d.ToString(VietnamTime.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
        var bytes = ExcelSheet.Write(
            s["Điểm nguy cơ cao"],
            [s["Đơn vị"], s["Cơ sở"], s["Khu vực"], s["Nguy cơ"], s["Khả năng xảy ra (1–5)"], s["Mức độ hậu quả (1–5)"], s["Mức rủi ro"], s["Biện pháp đã áp dụng"], s["Người phụ trách"], s["Ngày rà soát tiếp theo"], s["Quá hạn rà soát"]],
            rows.Select(r => (IReadOnlyList<object?>)[
                r.UnitName, r.FacilityName, r.AreaName, r.Hazard, r.Likelihood, r.Severity,
                s[LevelLabel(RiskMatrix.Level(RiskMatrix.Score(r.Likelihood, r.Severity)))].Value, r.Measures, r.OwnerName, Date(r.NextReviewOn),
                RiskMatrix.IsReviewOverdue(r.NextReviewOn, today) ? s["Có"].Value : s["Không"].Value]));
        return File(bytes, ExcelSheet.ContentType, $"diem-nguy-co-cao-{today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The query values of the current filter, the matrix cell included.</summary>
    public Dictionary<string, string?> Route() => RouteWith(CellLikelihood, CellSeverity);

    /// <summary>The query values of the current filter with the matrix cell <paramref name="likelihood"/> × <paramref name="severity"/>.</summary>
    public Dictionary<string, string?> RouteWith(int? likelihood, int? severity) => new()
    {
        ["q"] = Q,
        ["unitId"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["under"] = Under?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["level"] = Level?.ToString(),
        ["overdue"] = Overdue ? "true" : null,
        ["l"] = likelihood?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["s"] = severity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The points of the search, unit, level and overdue filters (the unit scope applies); the matrix counts these.</summary>
    private IQueryable<RiskPoint> Filtered(DateOnly today)
    {
        var query = db.RiskPoints.AsNoTracking().WhereMatches(Q).ForUnits(db, UnitId, Under);
        if (Level is { } level)
        {
            var (min, max) = RiskMatrix.ScoreRange(level);
            query = query.Where(r => r.Likelihood * r.Severity >= min && r.Likelihood * r.Severity <= max);
        }

        if (Overdue)
        {
            query = query.Where(r => r.NextReviewOn < today);
        }

        return query;
    }

    /// <summary>The rows listed: the matrix cell, if one is chosen; highest score first.</summary>
    private IQueryable<Row> Listed(IQueryable<RiskPoint> query)
    {
        if (CellLikelihood is not null && CellSeverity is not null)
        {
            query = query.Where(r => r.Likelihood == CellLikelihood && r.Severity == CellSeverity);
        }

        return query.OrderByDescending(r => r.Likelihood * r.Severity).ThenBy(r => r.NextReviewOn).ThenBy(r => r.Id)
            .Select(r => new Row(r.Id, r.Hazard, db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, r.Area!.Facility!.Name, r.Area.Name, r.Likelihood, r.Severity, r.Measures, r.OwnerName, r.NextReviewOn));
    }

    public static string LevelLabel(RiskLevel level) => level switch
    {
        RiskLevel.Low => "Thấp",
        RiskLevel.Medium => "Trung bình",
        RiskLevel.High => "Cao",
        _ => "Rất cao",
    };

    public static string LevelBadge(RiskLevel level) => level switch
    {
        RiskLevel.Low => "text-bg-success",
        RiskLevel.Medium => "text-bg-warning",
        RiskLevel.High => "text-bg-danger",
        _ => "text-bg-dark",
    };
}

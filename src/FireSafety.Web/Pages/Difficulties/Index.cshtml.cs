using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Difficulties;

/// <summary>Khó khăn, vướng mắc: the units' difficulties, open ones first, scoped by unit, paged and searchable.</summary>
public sealed class IndexModel(FireSafetyDbContext db, IAuthorizationService authorization) : UnitListPageModel
{
    public sealed record Row(int Id, string Title, string UnitName, bool IsResolved, int MessageCount, DateTime LastAtUtc, bool LastFromOffice, int? AssignmentId);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"open", "resolved" or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>Raised in this year (Vietnam time) — the annual summary's list.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public bool CanRaise { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Difficulties.AsNoTracking().WhereMatches(Q).ForUnits(db, UnitId, Under);

        if (Year is >= 2000 and <= 2100)
        {
            var from = VietnamTime.StartOfDayUtc(new DateOnly(Year.Value, 1, 1));
            var to = VietnamTime.StartOfDayUtc(new DateOnly(Year.Value + 1, 1, 1));
            query = query.Where(d => d.CreatedAtUtc >= from && d.CreatedAtUtc < to);
        }

        query = State switch
        {
            "open" => query.Where(d => !d.IsResolved),
            "resolved" => query.Where(d => d.IsResolved),
            _ => query,
        };

        Rows = await PageAsync(db, query.OrderBy(d => d.IsResolved)
                .ThenByDescending(d => d.Messages.Max(m => (DateTime?)m.AtUtc) ?? d.CreatedAtUtc)
                .ThenByDescending(d => d.Id)
                .Select(d => new Row(
                    d.Id, d.Title,
                    db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                    d.IsResolved, d.Messages.Count,
                    d.Messages.Max(m => (DateTime?)m.AtUtc) ?? d.CreatedAtUtc,
                    d.Messages.OrderByDescending(m => m.AtUtc).ThenByDescending(m => m.Id).Select(m => m.FromOffice).FirstOrDefault(),
                    d.AssignmentId)), cancellationToken);
        CanRaise = (await authorization.AuthorizeAsync(User, Permissions.RaiseDifficulties)).Succeeded;
        await LoadUnitFilterAsync(db, cancellationToken);
    }

    public static string LocalTime(DateTime utc) =>
        VietnamTime.ToLocal(utc).ToString(VietnamTime.DateTimeFormat, System.Globalization.CultureInfo.InvariantCulture);
}

using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Users;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Directives;

/// <summary>The directive register: paged, searchable without diacritics; a UnitHead sees what concerns their unit.</summary>
public sealed class IndexModel(FireSafetyDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Number, string? Kind, DateOnly? IssuedOn, string? IssuingBody, string Subject, bool IsReferenceOnly, int TaskCount);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>null: all; true: reference-only documents; false: the department's own directives.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? ReferenceOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<Row> Rows { get; private set; } = new([], 1, PagedList<Row>.DefaultPageSize, 0);

    public List<int> Years { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var visible = Visible(db, User);
        var query = visible.WhereMatches(Q);
        if (Year is int year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(d => d.IssuedOn >= from && d.IssuedOn <= to);
        }

        if (ReferenceOnly is bool referenceOnly)
        {
            query = query.Where(d => d.IsReferenceOnly == referenceOnly);
        }

        Rows = await PagedList<Row>.CreateAsync(
            query.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
                .Select(d => new Row(d.Id, d.Number, d.Kind, d.IssuedOn, d.IssuingBody, d.Subject, d.IsReferenceOnly, d.Tasks.Count)),
            PageNumber,
            cancellationToken: cancellationToken);
        var dates = await visible.Where(d => d.IssuedOn != null).Select(d => d.IssuedOn!.Value).ToListAsync(cancellationToken);
        Years = [.. dates.Select(d => d.Year).Distinct().OrderDescending()];
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageDirectives)).Succeeded;
    }

    /// <summary>
    /// The directives the user may read: all of them, or for a UnitHead those with an assignment
    /// for a unit in their scope (assignments are unit-scoped by the context's query filter).
    /// </summary>
    public static IQueryable<Directive> Visible(FireSafetyDbContext db, System.Security.Claims.ClaimsPrincipal user)
    {
        var query = db.Directives.AsNoTracking();
        return user.IsInRole(Roles.UnitHead) && !user.IsInRole(Roles.Office) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Leader)
            ? query.Where(d => db.TaskAssignments.Any(a => a.Task!.DirectiveId == d.Id))
            : query;
    }
}

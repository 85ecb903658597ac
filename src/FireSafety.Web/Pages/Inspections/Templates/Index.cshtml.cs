using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Inspections.Templates;

/// <summary>Checklist revisions, newest first within each checklist.</summary>
public sealed class IndexModel(FireSafetyDbContext db) : PageModel
{
    public sealed record Row(int Id, string Code, string Name, int Revision, TemplateStatus Status, DateTime? PublishedAtUtc, int Items, int Inspections);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.ChecklistTemplates.AsNoTracking()
            .OrderBy(t => t.Code).ThenByDescending(t => t.Revision)
            .Select(t => new Row(t.Id, t.Code, t.Name, t.Revision, t.Status, t.PublishedAtUtc,
                db.ChecklistItems.Count(i => i.Section!.TemplateId == t.Id),
                db.Inspections.IgnoreQueryFilters().Count(i => i.TemplateId == t.Id)))
            .Take(200)
            .ToListAsync(cancellationToken);

    public static string Status(TemplateStatus status) => status switch
    {
        TemplateStatus.Draft => "Bản nháp",
        TemplateStatus.Published => "Đang áp dụng",
        _ => "Đã thay thế",
    };
}

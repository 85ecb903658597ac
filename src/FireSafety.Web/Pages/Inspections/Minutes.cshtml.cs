using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Documents;
using FireSafety.Core.Inspections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>
/// The minutes of a submitted inspection: an A4 print view and a Word file, both from the same
/// <see cref="OfficialDocument"/> (<see cref="InspectionMinutes"/>), written by the shared <see cref="OfficialDocx"/>.
/// </summary>
public sealed class MinutesModel(FireSafetyDbContext db, IConfiguration configuration) : PageModel
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public OfficialDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await BuildAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        var document = await BuildAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        OfficialDocx.Write(document, stream);
        stream.Position = 0;
        return File(stream, DocxContentType, $"bien-ban-tu-kiem-tra-{Id}.docx");
    }

    private async Task<OfficialDocument?> BuildAsync(CancellationToken cancellationToken)
    {
        var report = await InspectionReport.LoadAsync(db, Id, cancellationToken);
        if (report is null || report.Inspection.Status != InspectionStatus.Submitted)
        {
            return null;
        }

        var i = report.Inspection;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == i.UnitId)
            .Select(u => new { u.Code, u.Name, u.HeadName, Parent = u.Parent == null ? null : u.Parent.Name })
            .FirstAsync(cancellationToken);
        return InspectionMinutes.Build(new MinutesData(
            unit.Parent ?? configuration["Minutes:ParentBody"] ?? "Sở Tư pháp",
            unit.Name,
            unit.Code,
            unit.HeadName,
            configuration["Minutes:Place"] ?? "Hà Tĩnh",
            report.FacilityName,
            report.FacilityAddress,
            i.AreaNames,
            i.InspectorList(),
            i.InspectedOn,
            VietnamTime.ToLocal(i.StartedAtUtc),
            i.SubmittedAtUtc is { } submitted ? VietnamTime.ToLocal(submitted) : null,
            report.TemplateName,
            report.TemplateRevision,
            [.. report.Sections.Select(s => (s.Code, s.Title, s.Passed, s.Failed, s.NotApplicable))],
            [.. report.Findings.Select(f => (f.ItemCode, f.ItemText, f.Severity, f.Note, f.ActionDueOn))],
            i.Passed,
            i.Applicable,
            i.Recommendations));
    }
}

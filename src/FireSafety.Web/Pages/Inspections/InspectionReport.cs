using FireSafety.Core.Actions;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>What the details page, the print view and the Word minutes show of a submitted inspection.</summary>
public sealed record InspectionReport(
    Inspection Inspection,
    string UnitName,
    string FacilityName,
    string FacilityAddress,
    string TemplateName,
    int TemplateRevision,
    IReadOnlyList<InspectionReport.SectionResult> Sections,
    IReadOnlyList<InspectionReport.FindingRow> Findings,
    InspectionScore Score)
{
    public sealed record SectionResult(string Code, string Title, int Passed, int Failed, int NotApplicable);

    public sealed record FindingRow(int Id, string ItemCode, string ItemText, Severity Severity, string? Note, bool CarriedOver, int? ActionId, ActionStatus? ActionStatus, DateOnly? ActionDueOn);

    /// <summary>Loads it through the unit scope: another unit's inspection is null.</summary>
    public static async Task<InspectionReport?> LoadAsync(FireSafetyDbContext db, int id, CancellationToken cancellationToken)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return null;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == inspection.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var facility = await db.Facilities.AsNoTracking().Where(f => f.Id == inspection.FacilityId).Select(f => new { f.Name, f.Address }).FirstOrDefaultAsync(cancellationToken);
        var template = await db.ChecklistTemplates.AsNoTracking().Where(t => t.Id == inspection.TemplateId).Select(t => new { t.Name, t.Revision }).FirstAsync(cancellationToken);
        var items = await db.ChecklistItems.AsNoTracking()
            .Where(i => i.Section!.TemplateId == inspection.TemplateId)
            .OrderBy(i => i.Section!.SortOrder).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.Code, i.Text, i.Severity, SectionCode = i.Section!.Code, SectionTitle = i.Section.Title })
            .ToListAsync(cancellationToken);
        var answers = await db.InspectionAnswers.AsNoTracking().Where(a => a.InspectionId == id)
            .ToDictionaryAsync(a => a.ItemId, a => (a.Result, a.Note), cancellationToken);
        var itemAnswers = items.Select(i => answers.TryGetValue(i.Id, out var a)
            ? new ItemAnswer(i.Id, i.Code, i.Text, i.Severity, a.Result, a.Note)
            : new ItemAnswer(i.Id, i.Code, i.Text, i.Severity, null, null)).ToList();
        var sections = items.GroupBy(i => (i.SectionCode, i.SectionTitle)).Select(g =>
        {
            var results = g.Select(i => answers.TryGetValue(i.Id, out var a) ? a.Result : null).ToList();
            return new SectionResult(g.Key.SectionCode, g.Key.SectionTitle, results.Count(r => r == AnswerResult.Pass), results.Count(r => r == AnswerResult.Fail), results.Count(r => r == AnswerResult.NotApplicable));
        }).ToList();
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == id)
            .Select(f => new
            {
                f.Id,
                f.ItemCode,
                f.ItemText,
                f.Severity,
                f.Note,
                f.CarriedOver,
                f.ActionId,
                f.ItemId,
                Action = db.CorrectiveActions.Where(a => a.Id == f.ActionId).Select(a => new { a.Status, a.DueOn }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var order = items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var rows = findings
            .OrderBy(f => f.Severity).ThenBy(f => order.GetValueOrDefault(f.ItemId))
            .Select(f => new FindingRow(f.Id, f.ItemCode, f.ItemText, f.Severity, f.Note, f.CarriedOver, f.ActionId, f.Action?.Status, f.Action?.DueOn))
            .ToList();
        return new InspectionReport(inspection, unit, facility?.Name ?? string.Empty, facility?.Address ?? string.Empty, template.Name, template.Revision, sections, rows, InspectionScore.Compute(itemAnswers));
    }
}

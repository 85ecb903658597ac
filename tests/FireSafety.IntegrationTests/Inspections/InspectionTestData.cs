using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Inspections;

/// <summary>Inspections and checklist revisions arranged directly in the database.</summary>
internal static class InspectionTestData
{
    public static Task<int> PublishedTemplateIdAsync(FireSafetyDbContext db) =>
        db.ChecklistTemplates.Where(t => t.Code == SeedChecklist.Code && t.Status == TemplateStatus.Published).Select(t => t.Id).SingleAsync();

    /// <summary>A submitted inspection of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> InspectionOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.Inspections.IgnoreQueryFilters().Where(i => i.UnitId == unitId && i.Status == InspectionStatus.Submitted).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var facility = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).Select(f => f.Id).FirstAsync();
            var inspection = new Inspection
            {
                UnitId = unitId,
                FacilityId = facility,
                Inspectors = "Nguyễn Văn A, Trưởng phòng",
                TemplateId = await PublishedTemplateIdAsync(db),
                InspectedOn = new DateOnly(2026, 1, 15),
                Status = InspectionStatus.Submitted,
                StartedAtUtc = new DateTime(2026, 1, 15, 2, 0, 0, DateTimeKind.Utc),
                SubmittedAtUtc = new DateTime(2026, 1, 15, 3, 0, 0, DateTimeKind.Utc),
            };
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();
            id = inspection.Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A deficiency found by a submitted inspection of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> FindingOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.Findings.IgnoreQueryFilters().Where(f => f.UnitId == unitId && !f.CarriedOver).OrderBy(f => f.Id).Select(f => (int?)f.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var inspectionId = int.Parse(await InspectionOfUnitAsync(db, unitId), CultureInfo.InvariantCulture);
            var templateId = await db.Inspections.IgnoreQueryFilters().Where(i => i.Id == inspectionId).Select(i => i.TemplateId).SingleAsync();
            var item = await db.ChecklistItems.Where(i => i.Section!.TemplateId == templateId && !db.Findings.IgnoreQueryFilters().Any(f => f.InspectionId == inspectionId && f.ItemId == i.Id))
                .OrderBy(i => i.Id).FirstAsync();
            var finding = new Finding { UnitId = unitId, InspectionId = inspectionId, ItemId = item.Id, ItemCode = item.Code, ItemText = item.Text, Severity = Core.Actions.Severity.Major };
            db.Findings.Add(finding);
            await db.SaveChangesAsync();
            id = finding.Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An item of a draft revision of the seed checklist (created on first use).</summary>
    /// <summary>A section of the seeded checklist's draft revision (created on first use).</summary>
    public static async Task<string> DraftSectionAsync(FireSafetyDbContext db)
    {
        var item = int.Parse(await DraftItemAsync(db), CultureInfo.InvariantCulture);
        return (await db.ChecklistItems.Where(i => i.Id == item).Select(i => i.SectionId).SingleAsync()).ToString(CultureInfo.InvariantCulture);
    }

    public static async Task<string> DraftItemAsync(FireSafetyDbContext db)
    {
        var draft = await db.ChecklistTemplates.Where(t => t.Code == SeedChecklist.Code && t.Status == TemplateStatus.Draft).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        if (draft is null)
        {
            var source = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Sections).ThenInclude(s => s.Items).SingleAsync(t => t.Code == SeedChecklist.Code && t.Status == TemplateStatus.Published);
            var revision = TemplateVersioning.NewRevision(source, await db.ChecklistTemplates.Where(t => t.Code == SeedChecklist.Code).MaxAsync(t => t.Revision), DateTime.UtcNow);
            db.ChecklistTemplates.Add(revision);
            await db.SaveChangesAsync();
            draft = revision.Id;
        }

        return (await db.ChecklistItems.Where(i => i.Section!.TemplateId == draft).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture);
    }
}

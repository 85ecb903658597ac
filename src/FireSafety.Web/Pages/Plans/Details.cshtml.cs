using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Documents;
using FireSafety.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Pages.Plans;

/// <summary>
/// One revision of a plan: the four sections, scenarios, contacts, approval, the other revisions of
/// the plan and its drills; and the plan as a Word file (the shared official-document writer).
/// </summary>
public sealed class DetailsModel(FireSafetyDbContext db, IConfiguration configuration, TimeProvider time) : PageModel
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed record RevisionRow(int Id, int Revision, PlanStatus Status, bool IsCurrent, string? ApprovedBy, DateOnly? ApprovedOn, DateOnly? SupersededOn);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ResponsePlan Plan { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];

    public IReadOnlyList<Drill> Drills { get; private set; } = [];

    public bool DrilledThisYear { get; private set; }

    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        UnitName = await db.Units.AsNoTracking().Where(u => u.Id == Plan.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        Revisions = await db.ResponsePlans.AsNoTracking()
            .Where(p => p.SeriesKey == Plan.SeriesKey)
            .OrderByDescending(p => p.Revision)
            .Select(p => new RevisionRow(p.Id, p.Revision, p.Status, p.IsCurrent, p.ApprovedBy, p.ApprovedOn, p.SupersededOn))
            .ToListAsync(cancellationToken);
        ThisYear = VietnamTime.Today(time).Year;
        DrilledThisYear = PlanRules.DrilledThisYear(Drills.Select(d => d.HeldOn), time);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == Plan.UnitId)
            .Select(u => new { u.Code, u.Name, u.HeadName, Parent = u.Parent == null ? null : u.Parent.Name })
            .FirstAsync(cancellationToken);
        var document = PlanDocument.Build(new PlanDocumentData(
            unit.Parent ?? configuration["Minutes:ParentBody"] ?? "Sở Tư pháp",
            unit.Name,
            unit.Code,
            unit.HeadName,
            configuration["Minutes:Place"] ?? "Hà Tĩnh",
            Plan.Facility!.Name,
            Plan.Facility.Address,
            Plan,
            Drills));
        var stream = new MemoryStream();
        OfficialDocx.Write(document, stream);
        stream.Position = 0;
        return File(stream, DocxContentType, $"phuong-an-chua-chay-{Id}-v{Plan.Revision}.docx");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await db.ResponsePlans.AsNoTracking()
            .Include(p => p.Facility)
            .Include(p => p.Scenarios.OrderBy(s => s.SortOrder))
            .Include(p => p.Contacts.OrderBy(c => c.SortOrder))
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        Drills = await db.Drills.AsNoTracking()
            .Where(d => d.Plan!.SeriesKey == plan.SeriesKey)
            .OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        return true;
    }
}

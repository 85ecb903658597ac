using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

/// <summary>One directive: every field, its legal basis chain, its tasks and how far their assignments are.</summary>
public sealed class DetailsModel(
    FireSafetyDbContext db, IAuthorizationService authorization, TaskAssigner assigner, EvidenceDownload download, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record BasisRow(int Id, string Number, string? Kind, DateOnly? IssuedOn, string? IssuingBody, bool Visible);

    public sealed record UnitRow(string Name, bool IsLead);

    public sealed record TaskRow(int Id, string Text, string? Audience, IReadOnlyList<TaskCategory> Categories, DateOnly? DueOn, RhythmKind? Rhythm, IReadOnlyList<UnitRow> Units, int AssignmentCount);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Directive Directive { get; private set; } = new();

    public List<BasisRow> Bases { get; private set; } = [];

    public List<(int Id, string Number)> CitedBy { get; private set; } = [];

    public List<TaskRow> Tasks { get; private set; } = [];

    public Dictionary<AssignmentStatus, int> StatusCounts { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? OriginalName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var visible = IndexModel.Visible(db, User);
        var directive = await visible.FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (directive is null)
        {
            return NotFound();
        }

        Directive = directive;
        OriginalName = await OriginalQuery(directive.OriginalFileId).Select(f => f.FileName).FirstOrDefaultAsync(cancellationToken);
        var visibleIds = visible.Select(d => d.Id);
        Bases = await db.Set<DirectiveBasis>().AsNoTracking().Where(b => b.DirectiveId == Id).OrderBy(b => b.Order)
            .Select(b => new BasisRow(b.BasisId, b.Basis!.Number, b.Basis.Kind, b.Basis.IssuedOn, b.Basis.IssuingBody, visibleIds.Contains(b.BasisId)))
            .ToListAsync(cancellationToken);
        CitedBy = [.. (await visible.Where(d => d.Bases.Any(b => b.BasisId == Id)).OrderBy(d => d.IssuedOn)
            .Select(d => new { d.Id, d.Number }).ToListAsync(cancellationToken)).Select(d => (d.Id, d.Number))];
        var unitNames = await db.Units.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var tasks = await db.DirectiveTasks.AsNoTracking().Include(t => t.Units).Where(t => t.DirectiveId == Id).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var assignmentCounts = await db.TaskAssignments.AsNoTracking().Where(a => a.Task!.DirectiveId == Id)
            .GroupBy(a => a.TaskId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Tasks = [.. tasks.Select(t => new TaskRow(
            t.Id, t.Text, t.Audience, t.CategoryList, t.DueOn, t.RhythmKind,
            [.. t.Units.OrderByDescending(u => u.IsLead).Select(u => new UnitRow(unitNames.GetValueOrDefault(u.UnitId, "?"), u.IsLead))],
            assignmentCounts.GetValueOrDefault(t.Id)))];
        StatusCounts = await db.TaskAssignments.AsNoTracking().Where(a => a.Task!.DirectiveId == Id)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, Permissions.ManageDirectives)).Succeeded;
        return Page();
    }

    /// <summary>
    /// The directive's original file, for whoever may see the directive: the file is kept under the
    /// office's unit, so it is reached through the directive, never by the evidence scope.
    /// </summary>
    public async Task<IActionResult> OnGetOriginalAsync(CancellationToken cancellationToken)
    {
        var fileId = await IndexModel.Visible(db, User).Where(d => d.Id == Id).Select(d => d.OriginalFileId).FirstOrDefaultAsync(cancellationToken);
        var file = await OriginalQuery(fileId).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : await download.SendAsync(Response, file, cancellationToken);
    }

    private IQueryable<Core.Evidence.EvidenceFile> OriginalQuery(Guid? fileId) =>
        db.EvidenceFiles.IgnoreQueryFilters().AsNoTracking().Where(f => fileId != null && f.Id == fileId);

    /// <summary>Giao nhiệm vụ: creates the missing assignments of one task, or of every task when none is given.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int? taskId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageDirectives)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Directives.AnyAsync(d => d.Id == Id, cancellationToken))
        {
            return NotFound();
        }

        TaskAssigner.Result result;
        try
        {
            result = await assigner.AssignAsync(Id, taskId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two assigns in the same instant (a double click, two tabs): the other one saved first
            // (its task version moved, or its assignments hold the unique index). Its assignments stand.
            if (!await AssignedMeanwhileAsync(taskId, cancellationToken))
            {
                throw;
            }

            TempData.Warning(s["Nhiệm vụ vừa được giao cùng lúc từ một trang khác; danh sách dưới đây là kết quả đã lưu."]);
            return RedirectToPage("./Details", new { id = Id });
        }

        if (result.WithoutDueDate.Count > 0)
        {
            TempData.Warning(s["Nhiệm vụ chưa có hạn hoàn thành, chưa giao được: {0}", string.Join("; ", result.WithoutDueDate.Select(t => t.SortOrder + 1))]);
        }
        else
        {
            TempData.Success(s["Đã giao {0} nhiệm vụ cho các đơn vị.", result.Created]);
        }

        return RedirectToPage("./Details", new { id = Id });
    }

    private async Task<bool> AssignedMeanwhileAsync(int? taskId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.DirectiveTasks.AsNoTracking()
            .AnyAsync(t => t.DirectiveId == Id && (taskId == null || t.Id == taskId) && t.AssignedAtUtc != null, cancellationToken);
    }
}

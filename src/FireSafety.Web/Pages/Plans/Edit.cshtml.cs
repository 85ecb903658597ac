using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

/// <summary>
/// Edits the current revision of a plan: a draft in place; an approved one through a new draft
/// revision that copies it (the approved one stays in force, read-only, until the draft is approved).
/// Older revisions are read-only.
/// </summary>
[Authorize(Policy = Permissions.ManagePlans)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<PlanInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time)
    : PlanFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Saving makes a new revision (the plan shown is approved).</summary>
    public bool MakesNewRevision { get; private set; }

    public int Revision { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(tracked: false, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!PlanRules.CanEdit(plan))
        {
            TempData.Warning(S[PlanRules.OldRevisionIsReadOnly]);
            return RedirectToPage("./Details", new { id = plan.Id });
        }

        Input = PlanInput.From(plan);
        Describe(plan);
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(tracked: false, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Describe(plan);
        return await AddRowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Another unit's plan is not found: the unit scope filter applies.
        var plan = await LoadAsync(tracked: true, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Describe(plan);
        if (!PlanRules.CanEdit(plan))
        {
            TempData.Warning(S[PlanRules.OldRevisionIsReadOnly]);
            return RedirectToPage("./Details", new { id = plan.Id });
        }

        if (await ValidateAsync(cancellationToken) is not { } unitId)
        {
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        // The facility (and so the unit) of a plan never changes across its revisions.
        Input.FacilityId = plan.FacilityId;
        unitId = plan.UnitId;
        var target = plan;
        if (!PlanRules.EditsInPlace(plan))
        {
            target = PlanRules.NewRevision(plan, time.GetUtcNow().UtcDateTime);
            Db.ResponsePlans.Add(target);
        }

        Db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        // Replacing only scenarios or contacts must still check and bump the plan's version.
        Db.Entry(plan).Property(p => p.Version).IsModified = true;
        Input.ApplyTo(target, unitId);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, PlanInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadListsAsync(cancellationToken);
            return Page();
        }
        catch (DbUpdateException)
        {
            // Two people revising the same approved plan at once: the second revision number collides.
            ModelState.AddModelError(string.Empty, S["Phương án vừa được người khác sửa. Vui lòng tải lại trang."]);
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        TempData.Success(target == plan ? S["Đã lưu dự thảo phương án."] : S["Đã tạo phiên bản mới của phương án (dự thảo)."]);
        return RedirectToPage("./Details", new { id = target.Id });
    }

    private void Describe(ResponsePlan plan)
    {
        MakesNewRevision = !PlanRules.EditsInPlace(plan);
        Revision = plan.Revision;
    }

    private async Task<ResponsePlan?> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.ResponsePlans.Include(p => p.Scenarios).Include(p => p.Contacts).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == Id, cancellationToken);
    }
}

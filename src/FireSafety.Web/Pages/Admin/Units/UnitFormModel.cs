using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>What Create and Edit share: the bound input, the drop-downs, and the tree rules.</summary>
public abstract class UnitFormModel(FireSafetyDbContext db, UnitTree tree, IValidator<UnitInput> validator, IStringLocalizer<SharedResource> s) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];

    public List<SelectListItem> Kinds { get; private set; } = [];

    /// <summary>The root has no parent and keeps none: the form shows no parent drop-down for it.</summary>
    public bool IsRoot { get; protected set; }

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected UnitTree Tree => tree;

    protected IStringLocalizer<SharedResource> S => s;

    /// <summary>
    /// Fills the drop-downs. When editing, the unit itself and its sub-units are left out of the
    /// parent list: choosing one of them would put the unit under itself.
    /// </summary>
    protected async Task LoadOptionsAsync(Unit? editing, CancellationToken cancellationToken)
    {
        Kinds = [.. UnitKindLabels.All.Select(k => new SelectListItem(s[UnitKindLabels.For(k)], k.ToString(), k == Input.Kind))];
        Parents = await UnitOptions.ListAsync(Db, Input.ParentId, cancellationToken: cancellationToken);
        if (editing is not null)
        {
            var excluded = (await tree.SubtreeIdsAsync(editing.Id, cancellationToken))
                .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
            Parents.RemoveAll(p => excluded.Contains(p.Value));
        }
    }

    /// <summary>
    /// Validates the form and the tree rules: a unique code, an existing active parent (except
    /// for the root), and no move under the unit itself or its own sub-units.
    /// </summary>
    protected async Task<bool> ValidateAsync(Unit? editing, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));

        if (ModelState.GetFieldValidationState("Input.Code") != ModelValidationState.Invalid
            && await CodeIsTakenAsync(editing?.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Code", s["Mã đơn vị \"{0}\" đã được dùng cho đơn vị khác.", Input.NormalizedCode]);
        }

        await ValidateParentAsync(editing, cancellationToken);
        return ModelState.IsValid;
    }

    protected Task<bool> CodeIsTakenAsync(int? exceptId, CancellationToken cancellationToken)
    {
        var code = Input.NormalizedCode;
        return db.Units.IgnoreQueryFilters().AnyAsync(u => u.Code.ToUpper() == code && u.Id != exceptId, cancellationToken);
    }

    private async Task ValidateParentAsync(Unit? editing, CancellationToken cancellationToken)
    {
        const string key = "Input.ParentId";
        if (Input.ParentId is null)
        {
            if (editing is null || editing.ParentId is not null)
            {
                ModelState.AddModelError(key, s["Vui lòng chọn đơn vị cấp trên."]);
            }

            return;
        }

        var parent = await db.Units.AsNoTracking().Where(u => u.Id == Input.ParentId)
            .Select(u => new { u.IsActive }).FirstOrDefaultAsync(cancellationToken);
        if (parent is null)
        {
            ModelState.AddModelError(key, s["Đơn vị cấp trên không hợp lệ."]);
        }
        else if (editing is not null && await tree.WouldCreateCycleAsync(editing, Input.ParentId, cancellationToken))
        {
            ModelState.AddModelError(key, s["Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị trực thuộc của nó."]);
        }
        else if (!parent.IsActive && Input.ParentId != editing?.ParentId && (editing?.IsActive ?? true))
        {
            ModelState.AddModelError(key, s["Đơn vị cấp trên đã ngừng hoạt động."]);
        }
    }
}

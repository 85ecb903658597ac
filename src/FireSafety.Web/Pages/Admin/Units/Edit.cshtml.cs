using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>Renames, re-codes and moves a unit; a move rewrites the paths of its whole subtree.</summary>
public sealed class EditModel(FireSafetyDbContext db, UnitTree tree, IValidator<UnitInput> validator, IStringLocalizer<SharedResource> s)
    : UnitFormModel(db, tree, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public bool IsActive { get; private set; }

    public string UnitCode { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var unit = await Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        Input = UnitInput.From(unit);
        Describe(unit);
        await LoadOptionsAsync(unit, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unit = await Db.Units.FirstOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        Describe(unit);
        if (!await ValidateAsync(unit, cancellationToken))
        {
            await LoadOptionsAsync(unit, cancellationToken);
            return Page();
        }

        Db.Entry(unit).Property(u => u.Version).OriginalValue = Input.Version;
        Input.ApplyTo(unit);
        if (Input.ParentId != unit.ParentId)
        {
            await Tree.MoveAsync(unit, Input.ParentId, cancellationToken);
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Any(e => e.Entity == unit))
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, UnitInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadOptionsAsync(unit, cancellationToken);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // A sub-unit whose path the move rewrites was saved by someone else meanwhile.
            ModelState.AddModelError(string.Empty, S["Một đơn vị trực thuộc vừa được người khác sửa. Thay đổi của bạn chưa được lưu; hãy thử lại."]);
            await LoadOptionsAsync(unit, cancellationToken);
            return Page();
        }
        catch (DbUpdateException)
        {
            if (!await CodeIsTakenAsync(unit.Id, cancellationToken))
            {
                throw;
            }

            // Another admin took the code between the check and the save.
            ModelState.AddModelError("Input.Code", S["Mã đơn vị \"{0}\" đã được dùng cho đơn vị khác.", Input.NormalizedCode]);
            await LoadOptionsAsync(unit, cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu đơn vị \"{0}\".", unit.Name]);
        return RedirectToPage("./Index");
    }

    private void Describe(Unit unit)
    {
        IsActive = unit.IsActive;
        UnitCode = unit.Code;
        IsRoot = unit.ParentId is null;
    }
}

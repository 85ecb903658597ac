using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

public sealed class CreateModel(FireSafetyDbContext db, UnitTree tree, IValidator<UnitInput> validator, IStringLocalizer<SharedResource> s)
    : UnitFormModel(db, tree, validator, s)
{
    public async Task OnGetAsync(int? parentId, CancellationToken cancellationToken)
    {
        Input.ParentId = parentId ?? await Db.Units.AsNoTracking().Where(u => u.ParentId == null && u.IsActive)
            .OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        await LoadOptionsAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(null, cancellationToken))
        {
            await LoadOptionsAsync(null, cancellationToken);
            return Page();
        }

        var unit = new Unit { ParentId = Input.ParentId };
        Input.ApplyTo(unit);
        try
        {
            // The tree sets the materialised path (it needs the new id, so it saves twice in one transaction).
            await Tree.AddAsync(unit, cancellationToken);
        }
        catch (DbUpdateException)
        {
            Db.Entry(unit).State = EntityState.Detached;
            if (!await CodeIsTakenAsync(null, cancellationToken))
            {
                throw;
            }

            // Another admin took the code between the check and the save.
            ModelState.AddModelError("Input.Code", S["Mã đơn vị \"{0}\" đã được dùng cho đơn vị khác.", Input.NormalizedCode]);
            await LoadOptionsAsync(null, cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã thêm đơn vị \"{0}\".", unit.Name]);
        return RedirectToPage("./Index");
    }
}

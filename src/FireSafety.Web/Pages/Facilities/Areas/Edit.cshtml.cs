using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities.Areas;

[Authorize(Policy = Permissions.EditRegisters)]
public sealed class EditModel(FireSafetyDbContext db, IValidator<AreaInput> validator, IStringLocalizer<SharedResource> s)
    : AreaFormModel(db, validator, s)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var area = await LoadAsync(tracked: false, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        Input = AreaInput.From(area);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var area = await LoadAsync(tracked: true, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(cancellationToken))
        {
            return Page();
        }

        Db.Entry(area).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(area);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, AreaInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            return Page();
        }

        TempData.Success(S["Đã lưu khu vực \"{0}\".", area.Name]);
        return RedirectToPage("../Details", new { id = area.FacilityId });
    }

    private async Task<Area?> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? Db.Areas : Db.Areas.AsNoTracking();
        var area = await query.Include(a => a.Facility).FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (area is not null)
        {
            FacilityId = area.FacilityId;
            FacilityName = area.Facility?.Name ?? string.Empty;
        }

        return area;
    }
}

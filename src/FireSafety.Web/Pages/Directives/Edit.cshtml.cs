using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

[Authorize(Policy = Permissions.ManageDirectives)]
public sealed class EditModel(
    FireSafetyDbContext db, IValidator<DirectiveInput> validator, IStringLocalizer<SharedResource> s, EvidenceUploads uploads, ICurrentUser currentUser)
    : DirectiveFormModel(db, validator, s, uploads, currentUser)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var directive = await Db.Directives.AsNoTracking().Include(d => d.Bases).FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (directive is null)
        {
            return NotFound();
        }

        Input = DirectiveInput.From(directive);
        await LoadDocumentsAsync(Id, cancellationToken);
        await LoadOriginalNameAsync(directive.OriginalFileId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var directive = await Db.Directives.Include(d => d.Bases).FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (directive is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(Id, cancellationToken) || !await ApplyOriginalAsync(directive, cancellationToken))
        {
            await LoadDocumentsAsync(Id, cancellationToken);
            await LoadOriginalNameAsync(directive.OriginalFileId, cancellationToken);
            return Page();
        }

        Db.Entry(directive).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(directive);
        Input.ApplyBasesTo(directive);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await ConcurrencyConflict.FromAsync(ex, DirectiveInput.Labels, cancellationToken);
            ModelState.Remove("Input.Version");
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            await LoadDocumentsAsync(Id, cancellationToken);
            await LoadOriginalNameAsync(directive.OriginalFileId, cancellationToken);
            return Page();
        }

        TempData.Success(S["Đã lưu văn bản \"{0}\".", directive.Number]);
        return RedirectToPage("./Details", new { id = directive.Id });
    }
}

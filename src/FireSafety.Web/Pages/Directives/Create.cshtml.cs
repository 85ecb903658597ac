using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

[Authorize(Policy = Permissions.ManageDirectives)]
public sealed class CreateModel(
    FireSafetyDbContext db, IValidator<DirectiveInput> validator, IStringLocalizer<SharedResource> s, TimeProvider time, EvidenceUploads uploads, ICurrentUser currentUser)
    : DirectiveFormModel(db, validator, s, uploads, currentUser)
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadDocumentsAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(null, cancellationToken))
        {
            await LoadDocumentsAsync(null, cancellationToken);
            return Page();
        }

        var directive = new Directive { CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        if (!await ApplyOriginalAsync(directive, cancellationToken))
        {
            await LoadDocumentsAsync(null, cancellationToken);
            return Page();
        }

        Input.ApplyTo(directive);
        Input.ApplyBasesTo(directive);
        Db.Directives.Add(directive);
        await Db.SaveChangesAsync(cancellationToken);
        TempData.Success(S["Đã thêm văn bản \"{0}\".", directive.Number]);
        return RedirectToPage("./Details", new { id = directive.Id });
    }
}

using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

/// <summary>What Create and Edit share: the bound input, the list of documents to cite, validation.</summary>
public abstract class DirectiveFormModel(
    FireSafetyDbContext db, IValidator<DirectiveInput> validator, IStringLocalizer<SharedResource> s, EvidenceUploads uploads, ICurrentUser currentUser) : PageModel
{
    /// <summary>A new original file (PDF, DOCX, scan), optional.</summary>
    [BindProperty]
    public IFormFile? OriginalFile { get; set; }

    /// <summary>Unlink the current original file.</summary>
    [BindProperty]
    public bool RemoveOriginal { get; set; }

    /// <summary>The current original file's name, when there is one.</summary>
    public string? OriginalName { get; protected set; }

    [BindProperty]
    public DirectiveInput Input { get; set; } = new();

    public List<SelectListItem> Documents { get; private set; } = [];

    public ConcurrencyConflict? Conflict { get; protected set; }

    protected FireSafetyDbContext Db => db;

    protected IStringLocalizer<SharedResource> S => s;

    /// <summary>The other registered documents, newest first, for the legal basis multi-select.</summary>
    protected async Task LoadDocumentsAsync(int? except, CancellationToken cancellationToken)
    {
        var documents = await db.Directives.AsNoTracking().Where(d => d.Id != except)
            .OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new { d.Id, d.Number, d.Kind, d.IssuedOn })
            .ToListAsync(cancellationToken);
        Documents = [.. documents.Select(d => new SelectListItem(
            $"{d.Kind} {d.Number} {d.IssuedOn?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture)}".Trim(),
            d.Id.ToString(CultureInfo.InvariantCulture),
            Input.BasisIds.Contains(d.Id)))];
    }

    /// <summary>Applies the original-file fields once the rest is valid; false when the file is refused.</summary>
    protected Task<bool> ApplyOriginalAsync(Core.Directives.Directive directive, CancellationToken cancellationToken) =>
        DirectiveOriginal.ApplyAsync(directive, OriginalFile, RemoveOriginal, uploads, currentUser.UnitId ?? 0, ModelState, cancellationToken);

    protected async Task LoadOriginalNameAsync(Guid? fileId, CancellationToken cancellationToken) =>
        OriginalName = fileId is null ? null : await db.EvidenceFiles.IgnoreQueryFilters().Where(f => f.Id == fileId).Select(f => f.FileName).FirstOrDefaultAsync(cancellationToken);

    protected async Task<bool> ValidateAsync(int? self, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        var ids = Input.BasisIds.Distinct().ToList();
        if (ids.Contains(self ?? 0) || await db.Directives.CountAsync(d => ids.Contains(d.Id), cancellationToken) != ids.Count)
        {
            ModelState.AddModelError("Input.BasisIds", s["Văn bản căn cứ không hợp lệ."]);
        }

        return ModelState.IsValid;
    }
}

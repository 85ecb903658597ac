using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Units;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

/// <summary>
/// Import from the letter's text: paste (or upload .txt/.docx) → the Core parser reads it → a review
/// form with every field editable, posted back and stored nothing until confirmed → one transaction
/// creates the directive, the reference-only documents it cites, its tasks and their units.
/// </summary>
[Authorize(Policy = Permissions.ManageDirectives)]
public sealed class ImportModel(
    FireSafetyDbContext db,
    IValidator<DirectiveInput> validator,
    IValidator<TaskInput> taskValidator,
    IStringLocalizer<SharedResource> s,
    TimeProvider time,
    EvidenceUploads uploads,
    ICurrentUser currentUser) : PageModel
{
    private const long MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Who "every unit" is (a task for "các Phòng, Trung tâm thuộc Sở"): every active unit below the
    /// department itself — divisions, centres, the inspectorate and the office — since fire safety
    /// is each unit's duty in its own premises. The department (root) is not a unit that reports.
    /// </summary>
    public static readonly UnitKind[] AllUnitKinds = [UnitKind.Division, UnitKind.Centre, UnitKind.Inspectorate, UnitKind.Office];

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public DirectiveInput Input { get; set; } = new();

    /// <summary>The letter's original file (PDF, DOCX, scan) to keep with it, chosen on the review page.</summary>
    [BindProperty]
    public IFormFile? OriginalFile { get; set; }

    [BindProperty]
    public List<BasisInput> Bases { get; set; } = [];

    [BindProperty]
    public List<TaskInput> Tasks { get; set; } = [];

    public bool Reviewing { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    /// <summary>The names of the units an "every unit" task goes to.</summary>
    public List<string> AllUnitNames { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostParseAsync(CancellationToken cancellationToken)
    {
        var text = Text;
        if (Upload is { Length: > 0 })
        {
            var extension = Path.GetExtension(Upload.FileName).ToLowerInvariant();
            if (Upload.Length > MaxUploadBytes || extension is not (".txt" or ".docx"))
            {
                ModelState.AddModelError(nameof(Upload), s["Chỉ nhận tệp .txt hoặc .docx, tối đa 5 MB."]);
                return Page();
            }

            await using var stream = Upload.OpenReadStream();
            try
            {
                if (extension == ".docx")
                {
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer, cancellationToken);
                    buffer.Position = 0;
                    text = DirectiveDocx.ExtractText(buffer);
                }
                else
                {
                    using var reader = new StreamReader(stream);
                    text = await reader.ReadToEndAsync(cancellationToken);
                }
            }
#pragma warning disable CA1031 // A damaged file is the user's mistake, shown as a message.
            catch (Exception)
#pragma warning restore CA1031
            {
                ModelState.AddModelError(nameof(Upload), s["Không đọc được tệp."]);
                return Page();
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(Text), s["Vui lòng dán nội dung văn bản hoặc chọn tệp."]);
            return Page();
        }

        var parsed = DirectiveTextParser.Parse(text);
        ModelState.Clear();
        Input = new DirectiveInput
        {
            Number = parsed.Number ?? string.Empty,
            IssuedOn = parsed.IssuedOn,
            Place = parsed.Place,
            Subject = parsed.Subject ?? string.Empty,
            Addressees = string.Join('\n', parsed.Addressees),
            SignerAuthority = parsed.Signer?.Authority,
            SignerTitle = parsed.Signer?.Title,
            SignerName = parsed.Signer?.Name,
            Distribution = string.Join('\n', parsed.Distribution),
            BodyText = text.Trim(),
        };
        Bases = [.. parsed.LegalBasis.Select(b => new BasisInput { Kind = b.Kind, Number = b.Number, IssuedOn = b.IssuedOn, Issuer = b.Issuer })];
        var units = await UnitNamesAsync(cancellationToken);
        Tasks = [.. parsed.Tasks.Select(t =>
        {
            var coordinating = t.CoordinatingUnits.Select(name => (name, id: Resolve(units, name))).ToList();
            return new TaskInput
            {
                Text = t.Text,
                Audience = t.Audience,
                AllUnits = t.AllUnits,
                LeadUnitName = t.LeadUnit,
                LeadUnitId = Resolve(units, t.LeadUnit),
                CoordinatingUnitIds = [.. coordinating.Where(c => c.id is not null).Select(c => c.id!.Value)],
                UnresolvedUnits = string.Join('\n', coordinating.Where(c => c.id is null).Select(c => c.name)),
                Categories = [.. t.Categories],
                RhythmKind = t.Recurrence switch
                {
                    Recurrence.Monthly => RhythmKind.Monthly,
                    Recurrence.Quarterly => RhythmKind.Quarterly,
                    Recurrence.Yearly => RhythmKind.Yearly,
                    _ => null,
                },
                DueOn = t.DueOn,
            };
        })];
        return await ReviewAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        for (var i = 0; i < Tasks.Count; i++)
        {
            (await taskValidator.ValidateAsync(Tasks[i], cancellationToken)).AddToModelState(ModelState, $"{nameof(Tasks)}[{i}]");
        }

        var number = Input.Number.Trim();
        if (number.Length > 0 && await db.Directives.AnyAsync(d => d.Number == number && !d.IsReferenceOnly, cancellationToken))
        {
            ModelState.AddModelError("Input.Number", s["Văn bản số {0} đã được đăng ký.", number]);
        }

        var unitIds = Tasks.Where(t => t.Include).SelectMany(t => t.CoordinatingUnitIds.Append(t.LeadUnitId ?? 0)).Where(id => id != 0).Distinct().ToList();
        if (await db.Units.CountAsync(u => unitIds.Contains(u.Id), cancellationToken) != unitIds.Count)
        {
            ModelState.AddModelError(string.Empty, s["Đơn vị không hợp lệ."]);
        }

        Bases = [.. Bases.Where(b => !string.IsNullOrWhiteSpace(b.Number))];
        if (Bases.Any(b => b.Number.Trim().Length > 100))
        {
            ModelState.AddModelError(string.Empty, s["Văn bản căn cứ không hợp lệ."]);
        }

        if (!ModelState.IsValid)
        {
            return await ReviewAsync(cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var allUnits = await AllUnitsQuery().Select(u => u.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var directive = new Directive { CreatedAtUtc = now };
        if (!await DirectiveOriginal.ApplyAsync(directive, OriginalFile, remove: false, uploads, currentUser.UnitId ?? 0, ModelState, cancellationToken))
        {
            return await ReviewAsync(cancellationToken);
        }

        Input.ApplyTo(directive);
        directive.IsReferenceOnly = false;
        for (var i = 0; i < Bases.Count; i++)
        {
            var basis = Bases[i];
            var basisNumber = basis.Number.Trim();
            var existing = await db.Directives.FirstOrDefaultAsync(d => d.Number == basisNumber, cancellationToken);
            existing ??= db.Directives.Add(new Directive
            {
                Number = basisNumber,
                Kind = basis.Kind?.Trim(),
                IssuedOn = basis.IssuedOn,
                IssuingBody = basis.Issuer?.Trim(),
                Subject = $"{basis.Kind} {basisNumber}".Trim(),
                IsReferenceOnly = true,
                CreatedAtUtc = now,
            }).Entity;
            if (!directive.Bases.Any(b => b.Basis == existing))
            {
                directive.Bases.Add(new DirectiveBasis { Basis = existing, Order = i });
            }
        }

        var order = 0;
        foreach (var input in Tasks.Where(t => t.Include))
        {
            var task = new DirectiveTask
            {
                Text = input.Text.Trim(),
                Audience = input.Audience?.Trim(),
                Categories = DirectiveTask.JoinCategories(input.Categories.Count == 0 ? [TaskCategory.Other] : input.Categories),
                LeadUnitId = input.LeadUnitId,
                DueOn = input.RhythmKind is null ? input.DueOn : null,
                RhythmKind = input.RhythmKind,
                RhythmDaysAfterEnd = input.RhythmKind is null ? null : input.RhythmDaysAfterEnd,
                StartsOn = input.RhythmKind is null ? null : Input.IssuedOn ?? VietnamTime.Today(time),
                SortOrder = order++,
            };
            var coordinating = input.AllUnits ? allUnits.Concat(input.CoordinatingUnitIds) : input.CoordinatingUnitIds;
            task.Units.AddRange(input.LeadUnitId is int lead
                ? TaskUnits.For(lead, coordinating).Select(u => new DirectiveTaskUnit { UnitId = u.UnitId, IsLead = u.Role == UnitRole.Lead })
                : coordinating.Distinct().Select(id => new DirectiveTaskUnit { UnitId = id }));
            directive.Tasks.Add(task);
        }

        db.Directives.Add(directive);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData.Success(s["Đã nhập văn bản \"{0}\" với {1} nhiệm vụ.", directive.Number, directive.Tasks.Count]);
        return RedirectToPage("./Details", new { id = directive.Id });
    }

    private async Task<IActionResult> ReviewAsync(CancellationToken cancellationToken)
    {
        Reviewing = true;
        Units = await UnitOptions.ListAsync(db, null, cancellationToken: cancellationToken);
        AllUnitNames = await AllUnitsQuery().OrderBy(u => u.SortOrder).Select(u => u.Name).ToListAsync(cancellationToken);
        var numbers = Bases.Select(b => b.Number.Trim()).ToList();
        var registered = await db.Directives.AsNoTracking().Where(d => numbers.Contains(d.Number))
            .Select(d => new { d.Id, d.Number }).ToListAsync(cancellationToken);
        foreach (var basis in Bases)
        {
            basis.ExistingId = registered.FirstOrDefault(r => r.Number == basis.Number.Trim())?.Id;
        }

        return Page();
    }

    private IQueryable<Unit> AllUnitsQuery() => db.Units.AsNoTracking().Where(u => u.IsActive && AllUnitKinds.Contains(u.Kind));

    private async Task<List<(int Id, string Folded)>> UnitNamesAsync(CancellationToken cancellationToken) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, TextFolding.Fold(u.Name)))];

    /// <summary>The unit whose folded name equals the folded <paramref name="name"/>, if exactly one does.</summary>
    private static int? Resolve(List<(int Id, string Folded)> units, string? name)
    {
        var folded = TextFolding.Fold(name);
        if (folded.Length == 0)
        {
            return null;
        }

        var matches = units.Where(u => u.Folded == folded).ToList();
        return matches.Count == 1 ? matches[0].Id : null;
    }

    public static string Date(DateOnly? date) => date?.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;
}

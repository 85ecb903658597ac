using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Difficulties;

/// <summary>A unit raises a difficulty (optionally about one of its tasks); the office is notified.</summary>
public sealed class CreateModel(
    FireSafetyDbContext db,
    ICurrentUser currentUser,
    DifficultyThread thread,
    TimeProvider time,
    IValidator<CreateModel.InputModel> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? Text { get; set; }

        public int? AssignmentId { get; set; }

        public sealed class Validator : AbstractValidator<InputModel>
        {
            public Validator(IStringLocalizer<SharedResource> s)
            {
                RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => s["Vui lòng nhập tiêu đề."])
                    .MaximumLength(300).WithMessage(_ => s["Tiêu đề không được dài quá {0} ký tự.", 300]);
                RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => s["Vui lòng nhập nội dung."])
                    .MaximumLength(MessageInput.Validator.MaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", MessageInput.Validator.MaxLength]);
            }
        }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Assignments { get; private set; } = [];

    public string UnitName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int? assignmentId, CancellationToken cancellationToken)
    {
        Input.AssignmentId = assignmentId;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (Input.AssignmentId is int chosen && Assignments.All(a => a.Value != chosen.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.AssignmentId)}", s["Nhiệm vụ không thuộc đơn vị của bạn."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var difficulty = new Difficulty
        {
            UnitId = currentUser.UnitId!.Value,
            AssignmentId = Input.AssignmentId,
            Title = Input.Title!.Trim(),
            CreatedAtUtc = now,
            CreatedByUserId = currentUser.UserId,
        };
        db.Difficulties.Add(difficulty);
        await thread.AddAsync(difficulty, Input.Text!, fromOffice: false, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await thread.NotifyAsync(difficulty, fromOffice: false, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        TempData.Success(s["Đã gửi khó khăn, vướng mắc tới Văn phòng."]);
        return RedirectToPage("./Details", new { id = difficulty.Id });
    }

    /// <summary>The user's unit and its tasks still in progress.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UnitId is not int unitId)
        {
            return false;
        }

        UnitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assignments = [.. (await db.TaskAssignments.AsNoTracking()
                .Where(a => a.UnitId == unitId && a.Status != AssignmentStatus.Accepted)
                .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.DueOn, a.Task!.Directive!.Number, a.Task.Text })
                .Take(200)
                .ToListAsync(cancellationToken))
            .Select(a => new SelectListItem(
                $"{a.Number} — {(a.Text.Length > 90 ? a.Text[..90] + "…" : a.Text)} ({a.DueOn.ToString(Core.Common.VietnamTime.DateFormat, culture)})",
                a.Id.ToString(culture),
                a.Id == Input.AssignmentId))];
        return true;
    }
}

using FireSafety.Core.Data;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Difficulties;

/// <summary>
/// One difficulty and its thread, seen by both sides: the unit writes, the office answers (which
/// notifies the unit) and marks it resolved or reopens it.
/// </summary>
public sealed class DetailsModel(
    FireSafetyDbContext db,
    IAuthorizationService authorization,
    DifficultyThread thread,
    IValidator<MessageInput> validator,
    IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record View(int Id, string Title, int UnitId, string UnitName, bool IsResolved, DateTime CreatedAtUtc, int? AssignmentId, string? TaskText, long Version);

    public sealed record MessageView(bool FromOffice, string Text, DateTime AtUtc, string? UserName);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public MessageInput Message { get; set; } = new();

    public View Difficulty { get; private set; } = null!;

    public List<MessageView> Messages { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool CanAnswer { get; private set; }

    public bool ConcurrencyConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>A message in the thread: an answer when the office writes, a follow-up when the unit does.</summary>
    public async Task<IActionResult> OnPostMessageAsync(CancellationToken cancellationToken)
    {
        var fromOffice = await AllowedAsync(Permissions.AnswerDifficulties);
        if (!fromOffice && !await AllowedAsync(Permissions.RaiseDifficulties))
        {
            return Forbid();
        }

        var difficulty = await db.Difficulties.FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (difficulty is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(Message, cancellationToken);
        result.AddToModelState(ModelState, nameof(Message));
        if (difficulty.IsResolved)
        {
            ModelState.AddModelError(string.Empty, s["Khó khăn này đã được giải quyết; Văn phòng có thể mở lại nếu cần."]);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        await thread.AddAsync(difficulty, Message.Text!, fromOffice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Success(fromOffice ? s["Đã gửi trả lời cho đơn vị."] : s["Đã gửi tới Văn phòng."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    public Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken) => SetResolvedAsync(true, cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) => SetResolvedAsync(false, cancellationToken);

    private async Task<IActionResult> SetResolvedAsync(bool resolved, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Permissions.AnswerDifficulties))
        {
            return Forbid();
        }

        var difficulty = await db.Difficulties.FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (difficulty is null)
        {
            return NotFound();
        }

        db.Entry(difficulty).Property(d => d.Version).OriginalValue = Version;
        difficulty.IsResolved = resolved;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ConcurrencyConflict = true;
            ModelState.AddModelError(string.Empty, s["Khó khăn này vừa được người khác cập nhật. Vui lòng xem lại rồi thực hiện lại."]);
            return await RedisplayAsync(cancellationToken);
        }

        TempData.Success(resolved ? s["Đã đánh dấu đã giải quyết."] : s["Đã mở lại khó khăn, vướng mắc."]);
        return RedirectToPage("./Details", new { id = Id });
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await db.Difficulties.AsNoTracking().Where(d => d.Id == Id)
            .Select(d => new View(
                d.Id, d.Title, d.UnitId,
                db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                d.IsResolved, d.CreatedAtUtc, d.AssignmentId,
                db.TaskAssignments.Where(a => a.Id == d.AssignmentId).Select(a => a.Task!.Text).FirstOrDefault(),
                d.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            return false;
        }

        Difficulty = view;
        Version = view.Version;
        ModelState.Remove(nameof(Version));
        Messages = await db.DifficultyMessages.AsNoTracking().Where(m => m.DifficultyId == Id)
            .OrderBy(m => m.AtUtc).ThenBy(m => m.Id)
            .Select(m => new MessageView(m.FromOffice, m.Text, m.AtUtc, m.UserName))
            .ToListAsync(cancellationToken);
        CanAnswer = await AllowedAsync(Permissions.AnswerDifficulties);
        CanWrite = !view.IsResolved && (CanAnswer || await AllowedAsync(Permissions.RaiseDifficulties));
        return true;
    }

    public static string LocalTime(DateTime utc) => IndexModel.LocalTime(utc);
}

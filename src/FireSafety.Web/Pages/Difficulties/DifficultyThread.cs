using FireSafety.Core.Data;
using FireSafety.Core.Directives;
using FireSafety.Core.Notifications;
using FireSafety.Core.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Difficulties;

/// <summary>A message of a difficulty's thread, as typed.</summary>
public sealed class MessageInput
{
    public string? Text { get; set; }

    public sealed class Validator : AbstractValidator<MessageInput>
    {
        public const int MaxLength = 4000;

        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => s["Vui lòng nhập nội dung."])
                .MaximumLength(MaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", MaxLength]);
        }
    }
}

/// <summary>
/// Adds a message to a difficulty and tells the other side: a unit's message goes to the office, the
/// office's answer to the unit's heads. The caller saves (one audited transaction).
/// </summary>
public sealed class DifficultyThread(FireSafetyDbContext db, Notifier notifier, ICurrentUser currentUser, TimeProvider time)
{
    public async Task AddAsync(Difficulty difficulty, string text, bool fromOffice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var message = new DifficultyMessage
        {
            DifficultyId = difficulty.Id,
            UnitId = difficulty.UnitId,
            FromOffice = fromOffice,
            Text = text.Trim(),
            AtUtc = now,
            UserId = currentUser.UserId,
            UserName = currentUser.UserName,
        };
        difficulty.Messages.Add(message);

        // The difficulty needs its key before the notification can link to it.
        if (difficulty.Id == 0)
        {
            return;
        }

        await NotifyAsync(difficulty, fromOffice, now, cancellationToken);
    }

    /// <summary>For a new difficulty, once saved.</summary>
    public async Task NotifyAsync(Difficulty difficulty, bool fromOffice, DateTime now, CancellationToken cancellationToken)
    {
        var unitName = await db.Units.IgnoreQueryFilters().Where(u => u.Id == difficulty.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
        var (to, kind, text) = fromOffice
            ? ((Recipients)new Recipients.UnitHeads(difficulty.UnitId), NotificationKind.DifficultyAnswered, $"Văn phòng đã trả lời khó khăn, vướng mắc: {difficulty.Title}")
            : (new Recipients.Role(Roles.Office), NotificationKind.DifficultyRaised, $"{unitName} nêu khó khăn, vướng mắc: {difficulty.Title}");
        await notifier.NotifyAsync(
            to, kind, text, $"/Difficulties/Details/{difficulty.Id}",
            $"difficulty-{(fromOffice ? "answered" : "raised")}:{difficulty.Id}:{now.Ticks}", cancellationToken);
    }
}

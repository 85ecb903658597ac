using FireSafety.Core.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Core.Incidents;

/// <summary>
/// The quick report ("báo nhanh") typed on a phone: type, unit, place, time (Vietnam wall clock)
/// and one sentence. Only these fields bind (no over-posting); the photo comes separately.
/// </summary>
public sealed class QuickReportInput
{
    public IncidentType? Type { get; set; }

    public int? UnitId { get; set; }

    public string? Place { get; set; }

    /// <summary>Vietnam local time, as typed in a datetime-local field.</summary>
    public DateTime? OccurredAt { get; set; }

    public string? Summary { get; set; }

    public Incident ToIncident(DateTime nowUtc, string? userId, string? userName) => new()
    {
        Type = Type!.Value,
        UnitId = UnitId!.Value,
        Place = Place!.Trim(),
        Summary = Summary!.Trim(),
        OccurredAtUtc = VietnamTime.ToUtc(OccurredAt!.Value),
        CreatedAtUtc = nowUtc,
        CreatedByUserId = userId,
        CreatedByName = userName,
    };
}

/// <summary>
/// Rules of the quick report. Messages are Vietnamese resource keys (ADR 5) looked up through
/// the localizer the web layer passes; the web registers a subclass bound to its resources.
/// </summary>
public class QuickReportValidator : AbstractValidator<QuickReportInput>
{
    public QuickReportValidator(TimeProvider time, IStringLocalizer s)
    {
        RuleFor(x => x.Type).NotNull().WithMessage(_ => s["Vui lòng chọn loại sự việc."])
            .IsInEnum().WithMessage(_ => s["Vui lòng chọn loại sự việc."]);
        RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
        RuleFor(x => x.Place).NotEmpty().WithMessage(_ => s["Vui lòng nhập nơi xảy ra."])
            .MaximumLength(IncidentLimits.Place).WithMessage(_ => s["Không được dài quá {0} ký tự.", IncidentLimits.Place]);
        RuleFor(x => x.Summary).NotEmpty().WithMessage(_ => s["Vui lòng mô tả ngắn sự việc."])
            .MaximumLength(IncidentLimits.Summary).WithMessage(_ => s["Không được dài quá {0} ký tự.", IncidentLimits.Summary]);
        RuleFor(x => x.OccurredAt).NotNull().WithMessage(_ => s["Vui lòng nhập thời điểm xảy ra."]);
        RuleFor(x => x.OccurredAt).Custom((value, context) => IncidentTimes.CheckNotFutureOrAncient(value, time, s, context));
    }
}

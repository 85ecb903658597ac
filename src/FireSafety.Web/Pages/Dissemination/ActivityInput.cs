using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Dissemination;

/// <summary>The dissemination form, shared by Create and Edit. Only these fields bind.</summary>
public sealed class ActivityInput : IUnitInput
{
    public int? UnitId { get; set; }

    public DisseminationForm? Form { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string Topic { get; set; } = DisseminationActivity.DefaultTopic;

    public int? Attendees { get; set; }

    public string? Notes { get; set; }

    public long Version { get; set; }

    /// <summary>Field labels for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(DisseminationActivity.UnitId)] = "Đơn vị",
        [nameof(DisseminationActivity.Form)] = "Hình thức",
        [nameof(DisseminationActivity.HeldOn)] = "Ngày thực hiện",
        [nameof(DisseminationActivity.Topic)] = "Nội dung, chủ đề",
        [nameof(DisseminationActivity.Attendees)] = "Số người tham dự",
        [nameof(DisseminationActivity.Notes)] = "Ghi chú",
    };

    public static ActivityInput From(DisseminationActivity a) => new()
    {
        UnitId = a.UnitId,
        Form = a.Form,
        HeldOn = a.HeldOn,
        Topic = a.Topic,
        Attendees = a.Attendees,
        Notes = a.Notes,
        Version = a.Version,
    };

    public void ApplyTo(DisseminationActivity a)
    {
        a.UnitId = UnitId!.Value;
        a.Form = Form!.Value;
        a.HeldOn = HeldOn!.Value;
        a.Topic = Topic.Trim();
        a.Attendees = Attendees!.Value;
        a.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }

    public sealed class Validator : AbstractValidator<ActivityInput>
    {
        public Validator(IStringLocalizer<SharedResource> s, TimeProvider time)
        {
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
            RuleFor(x => x.Form).NotNull().WithMessage(_ => s["Vui lòng chọn hình thức."])
                .IsInEnum().WithMessage(_ => s["Vui lòng chọn hình thức."]);
            RuleFor(x => x.HeldOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày thực hiện."])
                .Must(d => d <= Core.Common.VietnamTime.Today(time)).WithMessage(_ => s["Ngày thực hiện không được sau hôm nay."]);
            RuleFor(x => x.Topic).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung, chủ đề."])
                .MaximumLength(DisseminationActivity.TopicMaxLength).WithMessage(_ => s["Nội dung, chủ đề không được dài quá {0} ký tự.", DisseminationActivity.TopicMaxLength]);
            RuleFor(x => x.Attendees).NotNull().WithMessage(_ => s["Vui lòng nhập số người tham dự."])
                .InclusiveBetween(0, DisseminationActivity.MaxAttendees).WithMessage(_ => s["Số người tham dự phải từ {0} đến {1}.", 0, DisseminationActivity.MaxAttendees]);
            RuleFor(x => x.Notes).MaximumLength(DisseminationActivity.NotesMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", DisseminationActivity.NotesMaxLength]);
        }
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Plans;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans.Drills;

/// <summary>The drill form, shared by Create and Edit. Only these fields bind (no plan, no unit).</summary>
public sealed class DrillInput
{
    public DateOnly? HeldOn { get; set; }

    public string Scenario { get; set; } = string.Empty;

    public int? ParticipantCount { get; set; }

    public string? Participants { get; set; }

    public bool PoliceParticipated { get; set; }

    public string? Evaluation { get; set; }

    public long Version { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Drill.HeldOn)] = "Ngày thực tập",
        [nameof(Drill.Scenario)] = "Tình huống thực tập",
        [nameof(Drill.ParticipantCount)] = "Số người tham gia",
        [nameof(Drill.Participants)] = "Thành phần tham gia",
        [nameof(Drill.PoliceParticipated)] = "Có lực lượng Công an tham gia",
        [nameof(Drill.Evaluation)] = "Đánh giá kết quả",
    };

    public static DrillInput From(Drill d) => new()
    {
        HeldOn = d.HeldOn,
        Scenario = d.Scenario,
        ParticipantCount = d.ParticipantCount,
        Participants = d.Participants,
        PoliceParticipated = d.PoliceParticipated,
        Evaluation = d.Evaluation,
        Version = d.Version,
    };

    public void ApplyTo(Drill d)
    {
        d.HeldOn = HeldOn!.Value;
        d.Scenario = Scenario.Trim();
        d.ParticipantCount = ParticipantCount!.Value;
        d.Participants = string.IsNullOrWhiteSpace(Participants) ? null : Participants.Trim();
        d.PoliceParticipated = PoliceParticipated;
        d.Evaluation = string.IsNullOrWhiteSpace(Evaluation) ? null : Evaluation.Trim();
    }

    public sealed class Validator : AbstractValidator<DrillInput>
    {
        public Validator(IStringLocalizer<SharedResource> s, TimeProvider time)
        {
            RuleFor(x => x.HeldOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày thực tập."])
                .Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày thực tập không được sau hôm nay."]);
            RuleFor(x => x.Scenario).NotEmpty().WithMessage(_ => s["Vui lòng nhập tình huống thực tập."])
                .MaximumLength(Drill.ScenarioMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", Drill.ScenarioMaxLength]);
            RuleFor(x => x.ParticipantCount).NotNull().WithMessage(_ => s["Vui lòng nhập số người tham gia."])
                .InclusiveBetween(1, Drill.MaxParticipants).WithMessage(_ => s["Số người tham gia phải từ 1 đến {0}.", Drill.MaxParticipants]);
            RuleFor(x => x.Participants).MaximumLength(Drill.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", Drill.TextMaxLength]);
            RuleFor(x => x.Evaluation).MaximumLength(Drill.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", Drill.TextMaxLength]);
        }
    }
}

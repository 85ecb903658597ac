using FireSafety.Core.Training;
using FireSafety.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Training;

/// <summary>The training record form, shared by Create and Edit. Only these fields bind.</summary>
public sealed class RecordInput : IUnitInput
{
    public int? UnitId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    public string? Position { get; set; }

    public string CourseName { get; set; } = string.Empty;

    public string? Provider { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? CertificateExpiresOn { get; set; }

    public long Version { get; set; }

    /// <summary>Field labels for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(TrainingRecord.UnitId)] = "Đơn vị",
        [nameof(TrainingRecord.PersonName)] = "Họ và tên",
        [nameof(TrainingRecord.Position)] = "Chức vụ",
        [nameof(TrainingRecord.CourseName)] = "Khóa huấn luyện",
        [nameof(TrainingRecord.Provider)] = "Đơn vị huấn luyện",
        [nameof(TrainingRecord.CompletedOn)] = "Ngày hoàn thành",
        [nameof(TrainingRecord.CertificateNumber)] = "Số chứng nhận",
        [nameof(TrainingRecord.CertificateExpiresOn)] = "Ngày hết hạn chứng nhận",
    };

    public static RecordInput From(TrainingRecord r) => new()
    {
        UnitId = r.UnitId,
        PersonName = r.PersonName,
        Position = r.Position,
        CourseName = r.CourseName,
        Provider = r.Provider,
        CompletedOn = r.CompletedOn,
        CertificateNumber = r.CertificateNumber,
        CertificateExpiresOn = r.CertificateExpiresOn,
        Version = r.Version,
    };

    public void ApplyTo(TrainingRecord r)
    {
        r.UnitId = UnitId!.Value;
        r.PersonName = PersonName.Trim();
        r.Position = Optional(Position);
        r.CourseName = CourseName.Trim();
        r.Provider = Optional(Provider);
        r.CompletedOn = CompletedOn!.Value;
        r.CertificateNumber = Optional(CertificateNumber);
        r.CertificateExpiresOn = CertificateExpiresOn;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class Validator : AbstractValidator<RecordInput>
    {
        public Validator(IStringLocalizer<SharedResource> s, TimeProvider time)
        {
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
            RuleFor(x => x.PersonName).NotEmpty().WithMessage(_ => s["Vui lòng nhập họ và tên."])
                .MaximumLength(TrainingRecord.NameMaxLength).WithMessage(_ => s["Họ và tên không được dài quá {0} ký tự.", TrainingRecord.NameMaxLength]);
            RuleFor(x => x.Position).MaximumLength(TrainingRecord.NameMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", TrainingRecord.NameMaxLength]);
            RuleFor(x => x.CourseName).NotEmpty().WithMessage(_ => s["Vui lòng nhập tên khóa huấn luyện."])
                .MaximumLength(TrainingRecord.CourseMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", TrainingRecord.CourseMaxLength]);
            RuleFor(x => x.Provider).MaximumLength(TrainingRecord.NameMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", TrainingRecord.NameMaxLength]);
            RuleFor(x => x.CompletedOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày hoàn thành."])
                .Must(d => d <= Core.Common.VietnamTime.Today(time)).WithMessage(_ => s["Ngày hoàn thành không được sau hôm nay."]);
            RuleFor(x => x.CertificateNumber).MaximumLength(TrainingRecord.NumberMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", TrainingRecord.NumberMaxLength]);
            RuleFor(x => x.CertificateExpiresOn)
                .Must((x, expiry) => expiry > x.CompletedOn).When(x => x.CertificateExpiresOn is not null && x.CompletedOn is not null)
                .WithMessage(_ => s["Ngày hết hạn phải sau ngày hoàn thành."]);
            RuleFor(x => x.CertificateNumber).NotEmpty().When(x => x.CertificateExpiresOn is not null)
                .WithMessage(_ => s["Vui lòng nhập số chứng nhận khi có ngày hết hạn."]);
        }
    }
}

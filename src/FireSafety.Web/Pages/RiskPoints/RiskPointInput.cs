using FireSafety.Core.RiskPoints;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.RiskPoints;

/// <summary>The risk point form, shared by Create and Edit. Only these fields bind.</summary>
public sealed class RiskPointInput
{
    public int? AreaId { get; set; }

    public string Hazard { get; set; } = string.Empty;

    public int? Likelihood { get; set; }

    public int? Severity { get; set; }

    public string? Measures { get; set; }

    public string OwnerName { get; set; } = string.Empty;

    public DateOnly? NextReviewOn { get; set; }

    public long Version { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(RiskPoint.AreaId)] = "Khu vực",
        [nameof(RiskPoint.Hazard)] = "Nguy cơ",
        [nameof(RiskPoint.Likelihood)] = "Khả năng xảy ra (1–5)",
        [nameof(RiskPoint.Severity)] = "Mức độ hậu quả (1–5)",
        [nameof(RiskPoint.Measures)] = "Biện pháp đã áp dụng",
        [nameof(RiskPoint.OwnerName)] = "Người phụ trách",
        [nameof(RiskPoint.NextReviewOn)] = "Ngày rà soát tiếp theo",
    };

    public static RiskPointInput From(RiskPoint r) => new()
    {
        AreaId = r.AreaId,
        Hazard = r.Hazard,
        Likelihood = r.Likelihood,
        Severity = r.Severity,
        Measures = r.Measures,
        OwnerName = r.OwnerName,
        NextReviewOn = r.NextReviewOn,
        Version = r.Version,
    };

    /// <summary>Copies the form onto the point; the caller sets the unit from the area.</summary>
    public void ApplyTo(RiskPoint r)
    {
        r.AreaId = AreaId!.Value;
        r.Hazard = Hazard.Trim();
        r.Likelihood = Likelihood!.Value;
        r.Severity = Severity!.Value;
        r.Measures = string.IsNullOrWhiteSpace(Measures) ? null : Measures.Trim();
        r.OwnerName = OwnerName.Trim();
        r.NextReviewOn = NextReviewOn!.Value;
    }

    public sealed class Validator : AbstractValidator<RiskPointInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.AreaId).NotNull().WithMessage(_ => s["Vui lòng chọn khu vực."]);
            RuleFor(x => x.Hazard).NotEmpty().WithMessage(_ => s["Vui lòng nhập nguy cơ."])
                .MaximumLength(RiskPoint.HazardMaxLength).WithMessage(_ => s["Nguy cơ không được dài quá {0} ký tự.", RiskPoint.HazardMaxLength]);
            RuleFor(x => x.Likelihood).NotNull().WithMessage(_ => s["Vui lòng chọn mức từ 1 đến 5."])
                .InclusiveBetween(RiskMatrix.Min, RiskMatrix.Max).WithMessage(_ => s["Vui lòng chọn mức từ 1 đến 5."]);
            RuleFor(x => x.Severity).NotNull().WithMessage(_ => s["Vui lòng chọn mức từ 1 đến 5."])
                .InclusiveBetween(RiskMatrix.Min, RiskMatrix.Max).WithMessage(_ => s["Vui lòng chọn mức từ 1 đến 5."]);
            RuleFor(x => x.Measures).MaximumLength(RiskPoint.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", RiskPoint.TextMaxLength]);
            RuleFor(x => x.OwnerName).NotEmpty().WithMessage(_ => s["Vui lòng nhập người phụ trách."])
                .MaximumLength(RiskPoint.OwnerMaxLength).WithMessage(_ => s["Người phụ trách không được dài quá {0} ký tự.", RiskPoint.OwnerMaxLength]);
            RuleFor(x => x.NextReviewOn).NotNull().WithMessage(_ => s["Vui lòng nhập ngày rà soát tiếp theo."]);
        }
    }
}

using FireSafety.Core.Directives;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

/// <summary>The directive form, shared by Create, Edit and the import review. Only these fields bind.</summary>
public sealed class DirectiveInput
{
    public string Number { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Place { get; set; }

    public string? IssuingBody { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string? Addressees { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    public string? Distribution { get; set; }

    public string? BodyText { get; set; }

    public bool IsReferenceOnly { get; set; }

    /// <summary>The registered documents this one implements, nearest first.</summary>
    public List<int> BasisIds { get; set; } = [];

    public long Version { get; set; }

    /// <summary>Field labels for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Directive.Number)] = "Số, ký hiệu",
        [nameof(Directive.Kind)] = "Loại văn bản",
        [nameof(Directive.IssuedOn)] = "Ngày ban hành",
        [nameof(Directive.Place)] = "Địa danh",
        [nameof(Directive.IssuingBody)] = "Cơ quan ban hành",
        [nameof(Directive.Subject)] = "Trích yếu",
        [nameof(Directive.Addressees)] = "Kính gửi",
        [nameof(Directive.SignerAuthority)] = "Thẩm quyền ký",
        [nameof(Directive.SignerTitle)] = "Chức vụ người ký",
        [nameof(Directive.SignerName)] = "Người ký",
        [nameof(Directive.Distribution)] = "Nơi nhận",
        [nameof(Directive.BodyText)] = "Toàn văn",
        [nameof(Directive.IsReferenceOnly)] = "Chỉ để tham chiếu",
    };

    public static DirectiveInput From(Directive d) => new()
    {
        Number = d.Number,
        Kind = d.Kind,
        IssuedOn = d.IssuedOn,
        Place = d.Place,
        IssuingBody = d.IssuingBody,
        Subject = d.Subject,
        Addressees = d.Addressees,
        SignerAuthority = d.SignerAuthority,
        SignerTitle = d.SignerTitle,
        SignerName = d.SignerName,
        Distribution = d.Distribution,
        BodyText = d.BodyText,
        IsReferenceOnly = d.IsReferenceOnly,
        BasisIds = [.. d.Bases.OrderBy(b => b.Order).Select(b => b.BasisId)],
        Version = d.Version,
    };

    /// <summary>Copies the fields (not the bases, which need the database).</summary>
    public void ApplyTo(Directive d)
    {
        d.Number = Number.Trim();
        d.Kind = Clean(Kind);
        d.IssuedOn = IssuedOn;
        d.Place = Clean(Place);
        d.IssuingBody = Clean(IssuingBody);
        d.Subject = Subject.Trim();
        d.Addressees = Clean(Addressees);
        d.SignerAuthority = Clean(SignerAuthority);
        d.SignerTitle = Clean(SignerTitle);
        d.SignerName = Clean(SignerName);
        d.Distribution = Clean(Distribution);
        d.BodyText = Clean(BodyText);
        d.IsReferenceOnly = IsReferenceOnly;
    }

    /// <summary>Replaces the legal basis links with <see cref="BasisIds"/>, in order, never itself.</summary>
    public void ApplyBasesTo(Directive d)
    {
        var ids = BasisIds.Where(id => id != d.Id).Distinct().ToList();
        d.Bases.RemoveAll(b => !ids.Contains(b.BasisId));
        for (var i = 0; i < ids.Count; i++)
        {
            var link = d.Bases.FirstOrDefault(b => b.BasisId == ids[i]);
            if (link is null)
            {
                d.Bases.Add(new DirectiveBasis { BasisId = ids[i], Order = i });
            }
            else if (link.Order != i)
            {
                link.Order = i;
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    public sealed class Validator : AbstractValidator<DirectiveInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Number).NotEmpty().WithMessage(_ => s["Vui lòng nhập số, ký hiệu văn bản."])
                .MaximumLength(100).WithMessage(_ => s["Số, ký hiệu không được dài quá {0} ký tự.", 100]);
            RuleFor(x => x.Subject).NotEmpty().WithMessage(_ => s["Vui lòng nhập trích yếu."])
                .MaximumLength(1000).WithMessage(_ => s["Trích yếu không được dài quá {0} ký tự.", 1000]);
            RuleFor(x => x.Kind).MaximumLength(100).WithMessage(_ => s["Loại văn bản không được dài quá {0} ký tự.", 100]);
            RuleFor(x => x.Place).MaximumLength(100).WithMessage(_ => s["Địa danh không được dài quá {0} ký tự.", 100]);
            RuleFor(x => x.IssuingBody).MaximumLength(300).WithMessage(_ => s["Cơ quan ban hành không được dài quá {0} ký tự.", 300]);
            RuleFor(x => x.SignerAuthority).MaximumLength(100).WithMessage(_ => s["Thẩm quyền ký không được dài quá {0} ký tự.", 100]);
            RuleFor(x => x.SignerTitle).MaximumLength(200).WithMessage(_ => s["Chức vụ người ký không được dài quá {0} ký tự.", 200]);
            RuleFor(x => x.SignerName).MaximumLength(100).WithMessage(_ => s["Tên người ký không được dài quá {0} ký tự.", 100]);
            RuleFor(x => x.Addressees).MaximumLength(2000).WithMessage(_ => s["Kính gửi không được dài quá {0} ký tự.", 2000]);
            RuleFor(x => x.Distribution).MaximumLength(2000).WithMessage(_ => s["Nơi nhận không được dài quá {0} ký tự.", 2000]);
            RuleFor(x => x.BodyText).MaximumLength(100_000).WithMessage(_ => s["Toàn văn không được dài quá {0} ký tự.", 100_000]);
            RuleFor(x => x.IssuedOn).Must(d => d is null || d.Value.Year is >= 1945 and <= 2100)
                .WithMessage(_ => s["Ngày ban hành không hợp lệ."]);
        }
    }
}

using FireSafety.Core.Units;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities.Areas;

/// <summary>The area form, shared by Create and Edit.</summary>
public sealed class AreaInput
{
    public string Name { get; set; } = string.Empty;

    public string? Floor { get; set; }

    public bool IsHighRisk { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Area.Name)] = "Tên khu vực",
        [nameof(Area.Floor)] = "Tầng / vị trí",
        [nameof(Area.IsHighRisk)] = "Nguy cơ cháy, nổ cao",
        [nameof(Area.Note)] = "Ghi chú",
    };

    public static AreaInput From(Area a) => new() { Name = a.Name, Floor = a.Floor, IsHighRisk = a.IsHighRisk, Note = a.Note, Version = a.Version };

    public void ApplyTo(Area a)
    {
        a.Name = Name.Trim();
        a.Floor = string.IsNullOrWhiteSpace(Floor) ? null : Floor.Trim();
        a.IsHighRisk = IsHighRisk;
        a.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }

    public sealed class Validator : AbstractValidator<AreaInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => s["Vui lòng nhập tên khu vực."])
                .MaximumLength(200).WithMessage(_ => s["Tên khu vực không được dài quá {0} ký tự.", 200]);
            RuleFor(x => x.Floor).MaximumLength(50).WithMessage(_ => s["Tầng / vị trí không được dài quá {0} ký tự.", 50]);
            RuleFor(x => x.Note).MaximumLength(1000).WithMessage(_ => s["Ghi chú không được dài quá {0} ký tự.", 1000]);
        }
    }
}

using System.Text.RegularExpressions;
using FireSafety.Core.Units;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Admin.Units;

/// <summary>The unit form, shared by Create and Edit. Only these fields bind (no over-posting).</summary>
public sealed partial class UnitInput
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;
    public const int HeadNameMaxLength = 100;
    public const int PhoneMaxLength = 30;
    public const int SortOrderMax = 9999;

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public UnitKind Kind { get; set; } = UnitKind.Division;

    public int? ParentId { get; set; }

    public string? HeadName { get; set; }

    public string? Phone { get; set; }

    public int SortOrder { get; set; }

    public long Version { get; set; }

    /// <summary>Field labels for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Unit.Code)] = "Mã đơn vị",
        [nameof(Unit.Name)] = "Tên đơn vị",
        [nameof(Unit.Kind)] = "Loại đơn vị",
        [nameof(Unit.ParentId)] = "Đơn vị cấp trên",
        [nameof(Unit.HeadName)] = "Thủ trưởng đơn vị",
        [nameof(Unit.Phone)] = "Điện thoại",
        [nameof(Unit.SortOrder)] = "Thứ tự sắp xếp",
        [nameof(Unit.IsActive)] = "Đang hoạt động",
    };

    /// <summary>
    /// Codes are compared and stored in upper case: they appear in document symbols ("STP-VP"),
    /// and "vp" next to "VP" would be two units nobody can tell apart.
    /// </summary>
    public string NormalizedCode => (Code ?? string.Empty).Trim().ToUpperInvariant();

    public static UnitInput From(Unit u) => new()
    {
        Code = u.Code,
        Name = u.Name,
        Kind = u.Kind,
        ParentId = u.ParentId,
        HeadName = u.HeadName,
        Phone = u.Phone,
        SortOrder = u.SortOrder,
        Version = u.Version,
    };

    /// <summary>Copies the plain fields. The parent is not copied: <see cref="UnitTree"/> owns moves.</summary>
    public void ApplyTo(Unit u)
    {
        u.Code = NormalizedCode;
        u.Name = Name.Trim();
        u.Kind = Kind;
        u.HeadName = string.IsNullOrWhiteSpace(HeadName) ? null : HeadName.Trim();
        u.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        u.SortOrder = SortOrder;
    }

    public sealed class Validator : AbstractValidator<UnitInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
                .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(_ => s["Vui lòng nhập mã đơn vị."])
                .Must(c => c.Trim().Length <= CodeMaxLength).WithMessage(_ => s["Mã đơn vị không được dài quá {0} ký tự.", CodeMaxLength])
                .Must(c => CodePattern().IsMatch(c.Trim())).WithMessage(_ => s["Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang."]);
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => s["Vui lòng nhập tên đơn vị."])
                .Must(n => n.Trim().Length <= NameMaxLength).WithMessage(_ => s["Tên đơn vị không được dài quá {0} ký tự.", NameMaxLength]);
            RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => s["Loại đơn vị không hợp lệ."]);
            RuleFor(x => x.HeadName).Must(h => h!.Trim().Length <= HeadNameMaxLength).When(x => x.HeadName is not null)
                .WithMessage(_ => s["Tên thủ trưởng đơn vị không được dài quá {0} ký tự.", HeadNameMaxLength]);
            RuleFor(x => x.Phone).Cascade(CascadeMode.Stop)
                .Must(p => p!.Trim().Length <= PhoneMaxLength).WithMessage(_ => s["Số điện thoại không được dài quá {0} ký tự.", PhoneMaxLength])
                .Must(p => PhonePattern().IsMatch(p!.Trim())).WithMessage(_ => s["Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + . - ( )."])
                .When(x => !string.IsNullOrWhiteSpace(x.Phone));
            RuleFor(x => x.SortOrder).InclusiveBetween(0, SortOrderMax)
                .WithMessage(_ => s["Thứ tự sắp xếp phải từ {0} đến {1}.", 0, SortOrderMax]);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\+?[0-9 .()-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}

using FireSafety.Core.Units;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Facilities;

/// <summary>The facility form, shared by Create and Edit. Only these fields bind (no over-posting).</summary>
public sealed class FacilityInput
{
    public int? UnitId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public int? Floors { get; set; }

    public int? AreaSquareMetres { get; set; }

    public bool IsManagedFacility { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    /// <summary>Field labels for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Facility.Name)] = "Tên cơ sở",
        [nameof(Facility.Address)] = "Địa chỉ",
        [nameof(Facility.Floors)] = "Số tầng",
        [nameof(Facility.AreaSquareMetres)] = "Diện tích (m²)",
        [nameof(Facility.IsManagedFacility)] = "Thuộc diện quản lý về PCCC",
        [nameof(Facility.IsActive)] = "Đang sử dụng",
        [nameof(Facility.UnitId)] = "Đơn vị",
    };

    public static FacilityInput From(Facility f) => new()
    {
        UnitId = f.UnitId,
        Name = f.Name,
        Address = f.Address,
        Floors = f.Floors,
        AreaSquareMetres = f.AreaSquareMetres,
        IsManagedFacility = f.IsManagedFacility,
        IsActive = f.IsActive,
        Version = f.Version,
    };

    public void ApplyTo(Facility f)
    {
        f.UnitId = UnitId!.Value;
        f.Name = Name.Trim();
        f.Address = Address.Trim();
        f.Floors = Floors;
        f.AreaSquareMetres = AreaSquareMetres;
        f.IsManagedFacility = IsManagedFacility;
        f.IsActive = IsActive;
    }

    public sealed class Validator : AbstractValidator<FacilityInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.UnitId).NotNull().WithMessage(_ => s["Vui lòng chọn đơn vị."]);
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => s["Vui lòng nhập tên cơ sở."])
                .MaximumLength(200).WithMessage(_ => s["Tên cơ sở không được dài quá {0} ký tự.", 200]);
            RuleFor(x => x.Address).NotEmpty().WithMessage(_ => s["Vui lòng nhập địa chỉ."])
                .MaximumLength(300).WithMessage(_ => s["Địa chỉ không được dài quá {0} ký tự.", 300]);
            RuleFor(x => x.Floors).InclusiveBetween(1, 200).When(x => x.Floors is not null)
                .WithMessage(_ => s["Số tầng phải từ {0} đến {1}.", 1, 200]);
            RuleFor(x => x.AreaSquareMetres).InclusiveBetween(1, 10_000_000).When(x => x.AreaSquareMetres is not null)
                .WithMessage(_ => s["Diện tích phải là số dương."]);
        }
    }
}

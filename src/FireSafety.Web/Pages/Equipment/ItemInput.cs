using FireSafety.Core.Common;
using FireSafety.Core.Equipment;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>The equipment item form, shared by Create and Edit. Only these fields bind.</summary>
public sealed class ItemInput
{
    public string Code { get; set; } = string.Empty;

    public int? TypeId { get; set; }

    public int? AreaId { get; set; }

    public string? Serial { get; set; }

    public DateOnly? ManufacturedOn { get; set; }

    public DateOnly? CommissionedOn { get; set; }

    public DateOnly? LastCheckedOn { get; set; }

    public DateOnly? LastMaintainedOn { get; set; }

    public EquipmentStatus Status { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(EquipmentItem.Code)] = "Mã phương tiện",
        [nameof(EquipmentItem.TypeId)] = "Loại",
        [nameof(EquipmentItem.AreaId)] = "Khu vực",
        [nameof(EquipmentItem.Serial)] = "Số sê-ri",
        [nameof(EquipmentItem.ManufacturedOn)] = "Ngày sản xuất",
        [nameof(EquipmentItem.CommissionedOn)] = "Ngày đưa vào sử dụng",
        [nameof(EquipmentItem.LastCheckedOn)] = "Ngày kiểm tra gần nhất",
        [nameof(EquipmentItem.LastMaintainedOn)] = "Ngày bảo dưỡng gần nhất",
        [nameof(EquipmentItem.Status)] = "Tình trạng",
        [nameof(EquipmentItem.Note)] = "Ghi chú",
    };

    public static ItemInput From(EquipmentItem i) => new()
    {
        Code = i.Code,
        TypeId = i.TypeId,
        AreaId = i.AreaId,
        Serial = i.Serial,
        ManufacturedOn = i.ManufacturedOn,
        CommissionedOn = i.CommissionedOn,
        LastCheckedOn = i.LastCheckedOn,
        LastMaintainedOn = i.LastMaintainedOn,
        Status = i.Status,
        Note = i.Note,
        Version = i.Version,
    };

    /// <summary>Copies the form onto the item; the caller sets the unit from the area and recomputes the due dates.</summary>
    public void ApplyTo(EquipmentItem i)
    {
        i.Code = Code.Trim();
        i.TypeId = TypeId!.Value;
        i.AreaId = AreaId!.Value;
        i.Serial = string.IsNullOrWhiteSpace(Serial) ? null : Serial.Trim();
        i.ManufacturedOn = ManufacturedOn;
        i.CommissionedOn = CommissionedOn;
        i.LastCheckedOn = LastCheckedOn;
        i.LastMaintainedOn = LastMaintainedOn;
        i.Status = Status;
        i.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }

    public sealed class Validator : AbstractValidator<ItemInput>
    {
        public Validator(IStringLocalizer<SharedResource> s, TimeProvider time)
        {
            RuleFor(x => x.Code).NotEmpty().WithMessage(_ => s["Vui lòng nhập mã phương tiện."])
                .MaximumLength(EquipmentItem.CodeMaxLength).WithMessage(_ => s["Mã phương tiện không được dài quá {0} ký tự.", EquipmentItem.CodeMaxLength]);
            RuleFor(x => x.TypeId).NotNull().WithMessage(_ => s["Vui lòng chọn loại phương tiện."]);
            RuleFor(x => x.AreaId).NotNull().WithMessage(_ => s["Vui lòng chọn khu vực."]);
            RuleFor(x => x.Serial).MaximumLength(EquipmentItem.SerialMaxLength).WithMessage(_ => s["Số sê-ri không được dài quá {0} ký tự.", EquipmentItem.SerialMaxLength]);
            RuleFor(x => x.Note).MaximumLength(EquipmentItem.NoteMaxLength).WithMessage(_ => s["Ghi chú không được dài quá {0} ký tự.", EquipmentItem.NoteMaxLength]);
            RuleFor(x => x.Status).IsInEnum().WithMessage(_ => s["Tình trạng không hợp lệ."]);
            RuleFor(x => x.ManufacturedOn).Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày không được sau ngày hôm nay."]);
            RuleFor(x => x.CommissionedOn).Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày không được sau ngày hôm nay."])
                .Must((x, d) => d is null || x.ManufacturedOn is null || d >= x.ManufacturedOn).WithMessage(_ => s["Ngày đưa vào sử dụng không được trước ngày sản xuất."]);
            RuleFor(x => x.LastCheckedOn).Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày không được sau ngày hôm nay."]);
            RuleFor(x => x.LastMaintainedOn).Must(d => d is null || d <= VietnamTime.Today(time)).WithMessage(_ => s["Ngày không được sau ngày hôm nay."]);
        }
    }
}

using FireSafety.Core.Directives;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Directives;

/// <summary>A cited document on the import review: linked to a registered one, or registered as reference-only on confirm.</summary>
public sealed class BasisInput
{
    public string? Kind { get; set; }

    public string Number { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    /// <summary>The registered document with that number, when there is one (shown, not bound on confirm).</summary>
    public int? ExistingId { get; set; }
}

/// <summary>One task on the import review, its audience resolved against the unit register.</summary>
public sealed class TaskInput
{
    public bool Include { get; set; } = true;

    public string Text { get; set; } = string.Empty;

    public string? Audience { get; set; }

    /// <summary>Every unit carries it (see <see cref="ImportModel.AllUnitKinds"/>).</summary>
    public bool AllUnits { get; set; }

    public int? LeadUnitId { get; set; }

    /// <summary>The lead unit's name as written, kept to show when it matched no unit.</summary>
    public string? LeadUnitName { get; set; }

    public List<int> CoordinatingUnitIds { get; set; } = [];

    /// <summary>Coordinating unit names that matched no unit, one per line.</summary>
    public string? UnresolvedUnits { get; set; }

    public List<TaskCategory> Categories { get; set; } = [];

    public RhythmKind? RhythmKind { get; set; }

    /// <summary>For a rhythm: the due date is this many days after the period's last day.</summary>
    public int RhythmDaysAfterEnd { get; set; }

    public DateOnly? DueOn { get; set; }

    public sealed class Validator : AbstractValidator<TaskInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            When(x => x.Include, () =>
            {
                RuleFor(x => x.Text).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung nhiệm vụ."])
                    .MaximumLength(4000).WithMessage(_ => s["Nội dung nhiệm vụ không được dài quá {0} ký tự.", 4000]);
                RuleFor(x => x.LeadUnitId).NotNull().When(x => !x.AllUnits)
                    .WithMessage(_ => s["Vui lòng chọn đơn vị chủ trì, hoặc giao cho tất cả đơn vị."]);
                RuleFor(x => x.RhythmDaysAfterEnd).InclusiveBetween(0, 366)
                    .WithMessage(_ => s["Số ngày sau kỳ phải từ {0} đến {1}.", 0, 366]);
            });
        }
    }
}

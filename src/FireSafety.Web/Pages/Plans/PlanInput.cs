using FireSafety.Core.Plans;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Web.Pages.Plans;

/// <summary>The plan form, shared by Create and Edit. Only these fields bind (no unit, status or approval).</summary>
public sealed class PlanInput
{
    /// <summary>How many blank scenario and contact rows the form offers beyond the filled ones.</summary>
    public const int BlankRows = 1;

    public const int MaxRows = 30;

    public int? FacilityId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string CommandSection { get; set; } = string.Empty;

    public string ForcesSection { get; set; } = string.Empty;

    public string EquipmentSection { get; set; } = string.Empty;

    public string LogisticsSection { get; set; } = string.Empty;

    public DateOnly? NextReviewOn { get; set; }

    public List<ScenarioInput> Scenarios { get; set; } = [];

    public List<ContactInput> Contacts { get; set; } = [];

    public long Version { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(ResponsePlan.Title)] = "Tên phương án",
        [nameof(ResponsePlan.CommandSection)] = PlanDocument.Command,
        [nameof(ResponsePlan.ForcesSection)] = PlanDocument.Forces,
        [nameof(ResponsePlan.EquipmentSection)] = PlanDocument.Equipment,
        [nameof(ResponsePlan.LogisticsSection)] = PlanDocument.Logistics,
        [nameof(ResponsePlan.NextReviewOn)] = "Ngày rà soát tiếp theo",
    };

    public sealed class ScenarioInput
    {
        public string? AreaName { get; set; }

        public bool DuringWorkingHours { get; set; } = true;

        public string? Description { get; set; }

        public string? Actions { get; set; }

        /// <summary>A row with nothing typed in is left out, so blank rows can be offered.</summary>
        public bool IsBlank => string.IsNullOrWhiteSpace(AreaName) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Actions);
    }

    public sealed class ContactInput
    {
        public string? Role { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone);
    }

    public static PlanInput From(ResponsePlan p) => new()
    {
        FacilityId = p.FacilityId,
        Title = p.Title,
        CommandSection = p.CommandSection,
        ForcesSection = p.ForcesSection,
        EquipmentSection = p.EquipmentSection,
        LogisticsSection = p.LogisticsSection,
        NextReviewOn = p.NextReviewOn,
        Scenarios = [.. p.Scenarios.OrderBy(s => s.SortOrder).Select(s => new ScenarioInput { AreaName = s.AreaName, DuringWorkingHours = s.DuringWorkingHours, Description = s.Description, Actions = s.Actions })],
        Contacts = [.. p.Contacts.OrderBy(c => c.SortOrder).Select(c => new ContactInput { Role = c.Role, Name = c.Name, Phone = c.Phone })],
        Version = p.Version,
    };

    /// <summary>Drops blank rows and pads with <paramref name="blank"/> empty ones for the form.</summary>
    public void PadRows(int blank = BlankRows)
    {
        Scenarios = [.. Scenarios.Where(s => !s.IsBlank)];
        Contacts = [.. Contacts.Where(c => !c.IsBlank)];
        for (var i = 0; i < blank && Scenarios.Count < MaxRows; i++)
        {
            Scenarios.Add(new ScenarioInput());
        }

        for (var i = 0; i < blank && Contacts.Count < MaxRows; i++)
        {
            Contacts.Add(new ContactInput());
        }
    }

    /// <summary>Copies the form onto the plan and replaces its scenarios and contacts; the caller sets the unit from the facility.</summary>
    public void ApplyTo(ResponsePlan p, int unitId)
    {
        p.UnitId = unitId;
        p.FacilityId = FacilityId!.Value;
        p.Title = Title.Trim();
        p.CommandSection = CommandSection.Trim();
        p.ForcesSection = ForcesSection.Trim();
        p.EquipmentSection = EquipmentSection.Trim();
        p.LogisticsSection = LogisticsSection.Trim();
        p.NextReviewOn = NextReviewOn;
        p.Scenarios.Clear();
        p.Scenarios.AddRange(Scenarios.Where(s => !s.IsBlank).Select((s, i) => new PlanScenario
        {
            UnitId = unitId,
            SortOrder = i + 1,
            AreaName = s.AreaName!.Trim(),
            DuringWorkingHours = s.DuringWorkingHours,
            Description = s.Description!.Trim(),
            Actions = string.IsNullOrWhiteSpace(s.Actions) ? null : s.Actions.Trim(),
        }));
        p.Contacts.Clear();
        p.Contacts.AddRange(Contacts.Where(c => !c.IsBlank).Select((c, i) => new PlanContact
        {
            UnitId = unitId,
            SortOrder = i + 1,
            Role = c.Role!.Trim(),
            Name = c.Name!.Trim(),
            Phone = c.Phone!.Trim(),
        }));
    }

    public sealed class Validator : AbstractValidator<PlanInput>
    {
        public Validator(IStringLocalizer<SharedResource> s)
        {
            RuleFor(x => x.FacilityId).NotNull().WithMessage(_ => s["Vui lòng chọn cơ sở."]);
            RuleFor(x => x.Title).NotEmpty().WithMessage(_ => s["Vui lòng nhập tên phương án."])
                .MaximumLength(ResponsePlan.TitleMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", ResponsePlan.TitleMaxLength]);
            foreach (var section in new System.Linq.Expressions.Expression<Func<PlanInput, string>>[] { x => x.CommandSection, x => x.ForcesSection, x => x.EquipmentSection, x => x.LogisticsSection })
            {
                RuleFor(section).NotEmpty().WithMessage(_ => s["Vui lòng nhập nội dung phần này."])
                    .MaximumLength(ResponsePlan.SectionMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", ResponsePlan.SectionMaxLength]);
            }

            RuleFor(x => x.Scenarios.Count(r => !r.IsBlank)).LessThanOrEqualTo(MaxRows).OverridePropertyName(nameof(Scenarios))
                .WithMessage(_ => s["Tối đa {0} dòng.", MaxRows]);
            RuleFor(x => x.Contacts.Count(r => !r.IsBlank)).LessThanOrEqualTo(MaxRows).OverridePropertyName(nameof(Contacts))
                .WithMessage(_ => s["Tối đa {0} dòng.", MaxRows]);
            RuleForEach(x => x.Scenarios).ChildRules(row =>
            {
                row.When(r => !r.IsBlank, () =>
                {
                    row.RuleFor(r => r.AreaName).NotEmpty().WithMessage(_ => s["Vui lòng nhập khu vực."])
                        .MaximumLength(PlanScenario.AreaMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", PlanScenario.AreaMaxLength]);
                    row.RuleFor(r => r.Description).NotEmpty().WithMessage(_ => s["Vui lòng mô tả tình huống."])
                        .MaximumLength(PlanScenario.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", PlanScenario.TextMaxLength]);
                    row.RuleFor(r => r.Actions).MaximumLength(PlanScenario.TextMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", PlanScenario.TextMaxLength]);
                });
            });
            RuleForEach(x => x.Contacts).ChildRules(row =>
            {
                row.When(r => !r.IsBlank, () =>
                {
                    row.RuleFor(r => r.Role).NotEmpty().WithMessage(_ => s["Vui lòng nhập nhiệm vụ."])
                        .MaximumLength(PlanContact.RoleMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", PlanContact.RoleMaxLength]);
                    row.RuleFor(r => r.Name).NotEmpty().WithMessage(_ => s["Vui lòng nhập họ tên."])
                        .MaximumLength(PlanContact.NameMaxLength).WithMessage(_ => s["Nội dung không được dài quá {0} ký tự.", PlanContact.NameMaxLength]);
                    row.RuleFor(r => r.Phone).NotEmpty().WithMessage(_ => s["Vui lòng nhập số điện thoại."])
                        .Matches(@"^[0-9 +().-]{3,30}$").WithMessage(_ => s["Số điện thoại không hợp lệ."]);
                });
            });
        }
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Units;

namespace FireSafety.Core.Plans;

public enum PlanStatus
{
    /// <summary>Being written; editable.</summary>
    Draft = 0,

    /// <summary>Approved and in force; frozen (a change goes into a new draft revision).</summary>
    Approved = 1,

    /// <summary>Was approved; replaced by a later approved revision. Kept read-only.</summary>
    Superseded = 2,
}

/// <summary>
/// One revision of a facility's fire-fighting and rescue plan (phương án chữa cháy, cứu nạn, cứu hộ
/// in the spirit of form PC06) under the "4 tại chỗ" motto. Revisions of the same plan share
/// <see cref="SeriesKey"/>; exactly one of them is <see cref="IsCurrent"/> (the latest), and at most
/// one is <see cref="PlanStatus.Approved"/> (the one in force). See docs/adr/0060-response-plans.md.
/// </summary>
public sealed class ResponsePlan : IUnitOwned, IVersioned, ISearchable
{
    public const int TitleMaxLength = 300;
    public const int SectionMaxLength = 8000;
    public const int ApproverMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Copied from the facility (plans never move between facilities).</summary>
    public int UnitId { get; set; }

    public int FacilityId { get; set; }

    public Facility? Facility { get; set; }

    /// <summary>Shared by every revision of one plan.</summary>
    public Guid SeriesKey { get; set; }

    /// <summary>1, 2, 3 ... within the series.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The latest revision of its series (the one the list shows).</summary>
    public bool IsCurrent { get; set; } = true;

    public PlanStatus Status { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Chỉ huy tại chỗ: who commands on site, and who stands in.</summary>
    public string CommandSection { get; set; } = string.Empty;

    /// <summary>Lực lượng tại chỗ: the base fire team and staff on site.</summary>
    public string ForcesSection { get; set; } = string.Empty;

    /// <summary>Phương tiện tại chỗ: equipment on site.</summary>
    public string EquipmentSection { get; set; } = string.Empty;

    /// <summary>Hậu cần tại chỗ: supplies, water, power, first aid, food.</summary>
    public string LogisticsSection { get; set; } = string.Empty;

    /// <summary>Name and title of the approver, e.g. "Lê Minh Đức, Phó Giám đốc Sở".</summary>
    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>The day a later revision was approved in this one's place.</summary>
    public DateOnly? SupersededOn { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<PlanScenario> Scenarios { get; set; } = [];

    public List<PlanContact> Contacts { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Title, ApprovedBy];
}

/// <summary>A scenario of the plan: a fire in an area, during or outside working hours, and what is done.</summary>
public sealed class PlanScenario : IUnitOwned
{
    public const int AreaMaxLength = 200;
    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    public int PlanId { get; set; }

    public int UnitId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The area of the facility, in words (a room, a floor).</summary>
    public string AreaName { get; set; } = string.Empty;

    /// <summary>True: during working hours; false: outside them (nights, holidays).</summary>
    public bool DuringWorkingHours { get; set; } = true;

    public string Description { get; set; } = string.Empty;

    public string? Actions { get; set; }
}

/// <summary>Someone to call: the commander, the fire team leader, the nearest police fire station.</summary>
public sealed class PlanContact : IUnitOwned
{
    public const int RoleMaxLength = 200;
    public const int NameMaxLength = 200;
    public const int PhoneMaxLength = 30;

    public int Id { get; set; }

    public int PlanId { get; set; }

    public int UnitId { get; set; }

    public int SortOrder { get; set; }

    public string Role { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;
}

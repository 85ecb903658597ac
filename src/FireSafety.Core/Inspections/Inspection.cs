using FireSafety.Core.Actions;
using FireSafety.Core.Common;

namespace FireSafety.Core.Inspections;

public enum InspectionStatus
{
    Draft = 0,
    Submitted = 1,
}

public enum AnswerResult
{
    Pass = 0,
    Fail = 1,
    NotApplicable = 2,
}

/// <summary>
/// A self-inspection (tự kiểm tra) of one unit's facility against one checklist revision. A draft
/// is filled answer by answer (each saved as given, so another device can resume it); submitting
/// freezes it, stores the score and turns every failed item into a <see cref="Finding"/>.
/// </summary>
public sealed class Inspection : IUnitOwned, IVersioned, ISearchable
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    public int UnitId { get; set; }

    public int FacilityId { get; set; }

    /// <summary>The areas inspected, as named at the time (the minutes keep the names).</summary>
    public string? AreaNames { get; set; }

    /// <summary>Inspectors, one per line: "Full name, title".</summary>
    public string Inspectors { get; set; } = string.Empty;

    public int TemplateId { get; set; }

    public ChecklistTemplate? Template { get; set; }

    /// <summary>The Vietnam date of the inspection.</summary>
    public DateOnly InspectedOn { get; set; }

    public InspectionStatus Status { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public string? StartedByUserId { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public string? Recommendations { get; set; }

    /// <summary>The inspection whose open findings were carried into this one.</summary>
    public int? CarriedFromId { get; set; }

    public int Passed { get; set; }

    public int Applicable { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<InspectionAnswer> Answers { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [AreaNames, Inspectors, Recommendations];

    public IReadOnlyList<(string Name, string? Title)> InspectorList() =>
        [.. Inspectors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null))];
}

/// <summary>The answer to one item, saved as soon as it is given.</summary>
public sealed class InspectionAnswer : IUnitOwned, IVersioned
{
    public int Id { get; set; }

    /// <summary>Two inspectors on one draft: the second save of the same item, made against the older version, is refused.</summary>
    public long Version { get; set; }

    public int InspectionId { get; set; }

    /// <summary>The inspection's unit, copied so the unit scope needs no join.</summary>
    public int UnitId { get; set; }

    public int ItemId { get; set; }

    public AnswerResult? Result { get; set; }

    public string? Note { get; set; }

    /// <summary>Carried over from the previous inspection's open finding, to be re-checked.</summary>
    public bool CarriedOver { get; set; }

    /// <summary>The corrective action of the carried-over finding.</summary>
    public int? CarriedActionId { get; set; }

    public DateTime AnsweredAtUtc { get; set; }

    public string? AnsweredBy { get; set; }

    public List<InspectionAnswerFile> Files { get; set; } = [];
}

public sealed class InspectionAnswerFile
{
    public int AnswerId { get; set; }

    public Guid FileId { get; set; }
}

/// <summary>A failed item of a submitted inspection (tồn tại, thiếu sót), and its corrective action if any.</summary>
public sealed class Finding : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int InspectionId { get; set; }

    public int ItemId { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public string ItemText { get; set; } = string.Empty;

    public Severity Severity { get; set; }

    public string? Note { get; set; }

    public bool CarriedOver { get; set; }

    public int? ActionId { get; set; }
}

/// <summary>How often a unit inspects itself (default monthly) and from when that is counted.</summary>
public sealed class UnitInspectionPlan : IUnitOwned, IVersioned
{
    public int UnitId { get; set; }

    /// <summary>1 (monthly), 2, 3 (quarterly), 4, 6 or 12 months: periods align with the calendar year.</summary>
    public int IntervalMonths { get; set; } = 1;

    /// <summary>No period before this date is counted as due or overdue.</summary>
    public DateOnly? StartsOn { get; set; }

    public long Version { get; set; }
}

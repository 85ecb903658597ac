using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>
/// One task of a directive: a one-off with a due date, or a rhythm whose periods each get an
/// assignment as they open (see <see cref="RecurrenceSchedule"/>).
/// </summary>
public sealed class DirectiveTask : IVersioned
{
    public int Id { get; set; }

    public int DirectiveId { get; set; }

    public Directive? Directive { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The audience heading it came under, e.g. "Đối với các Phòng, Trung tâm thuộc Sở".</summary>
    public string? Audience { get; set; }

    /// <summary>Categories as a comma-separated list of <see cref="TaskCategory"/> names.</summary>
    public string Categories { get; set; } = string.Empty;

    /// <summary>Chủ trì; null when every unit carries the task itself.</summary>
    public int? LeadUnitId { get; set; }

    /// <summary>Due date of a one-off task (Vietnam local date).</summary>
    public DateOnly? DueOn { get; set; }

    public RhythmKind? RhythmKind { get; set; }

    public int? RhythmMonth { get; set; }

    public int? RhythmDay { get; set; }

    public int? RhythmDaysAfterEnd { get; set; }

    /// <summary>First day of the rhythm (periods before it are never created).</summary>
    public DateOnly? StartsOn { get; set; }

    public int SortOrder { get; set; }

    /// <summary>When the office first assigned the task; from then on the daily job opens its rhythm's periods.</summary>
    public DateTime? AssignedAtUtc { get; set; }

    public long Version { get; set; }

    /// <summary>The units the task is assigned to: the lead and the coordinating units, or every unit.</summary>
    public List<DirectiveTaskUnit> Units { get; set; } = [];

    public IReadOnlyList<TaskCategory> CategoryList =>
        [.. Categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.TryParse<TaskCategory>(c, out var category) ? category : TaskCategory.Other).Distinct()];

    public static string JoinCategories(IEnumerable<TaskCategory> categories) => string.Join(',', categories.Distinct().Order());

    /// <summary>The task's rhythm, or null for a one-off.</summary>
    public Rhythm? Rhythm => RhythmKind is { } kind ? Directives.Rhythm.From(kind, RhythmMonth, RhythmDay, RhythmDaysAfterEnd) : null;
}

/// <summary>A unit the task is given to, as lead (chủ trì) or coordinating (phối hợp).</summary>
public sealed class DirectiveTaskUnit
{
    public int TaskId { get; set; }

    public int UnitId { get; set; }

    public bool IsLead { get; set; }
}

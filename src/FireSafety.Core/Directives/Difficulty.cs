using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>A difficulty (khó khăn, vướng mắc) a unit raises, optionally about a task; the office answers.</summary>
public sealed class Difficulty : IUnitOwned, IVersioned, ISearchable
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int? AssignmentId { get; set; }

    public string Title { get; set; } = string.Empty;

    public bool IsResolved { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedByUserId { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<DifficultyMessage> Messages { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Title];
}

/// <summary>One message of a difficulty's thread, from the unit or from the office.</summary>
public sealed class DifficultyMessage : IUnitOwned
{
    public long Id { get; set; }

    public int DifficultyId { get; set; }

    public int UnitId { get; set; }

    public bool FromOffice { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }
}

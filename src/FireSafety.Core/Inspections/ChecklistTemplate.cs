using FireSafety.Core.Actions;
using FireSafety.Core.Common;

namespace FireSafety.Core.Inspections;

public enum TemplateStatus
{
    Draft = 0,
    Published = 1,
    Retired = 2,
}

/// <summary>
/// One revision of a checklist (bộ tiêu chí tự kiểm tra). Revisions of the same checklist share
/// <see cref="Code"/>. A published revision is never edited: <see cref="TemplateVersioning"/>
/// copies it into a draft with the next <see cref="Revision"/>, and publishing that draft retires
/// the previous one. Inspections point at the revision they were filled against, so they keep it.
/// </summary>
public sealed class ChecklistTemplate : IVersioned
{
    public int Id { get; set; }

    /// <summary>The checklist's stable code, the same across revisions (e.g. "PCCC-TKT").</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>1, 2, 3 ... within <see cref="Code"/>.</summary>
    public int Revision { get; set; } = 1;

    public TemplateStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public long Version { get; set; }

    public List<ChecklistSection> Sections { get; set; } = [];

    public IEnumerable<ChecklistItem> Items => Sections.OrderBy(s => s.SortOrder).SelectMany(s => s.Items.OrderBy(i => i.SortOrder));
}

public sealed class ChecklistSection
{
    public int Id { get; set; }

    public int TemplateId { get; set; }

    /// <summary>"A", "B" ...</summary>
    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? TitleEn { get; set; }

    public int SortOrder { get; set; }

    public List<ChecklistItem> Items { get; set; } = [];
}

public sealed class ChecklistItem
{
    public const int TextMaxLength = 1000;

    public int Id { get; set; }

    public int SectionId { get; set; }

    public ChecklistSection? Section { get; set; }

    /// <summary>"A1", "E2" ...: stable across revisions, so carry-over matches items by code.</summary>
    public string Code { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? TextEn { get; set; }

    public string? LegalBasis { get; set; }

    public Severity Severity { get; set; }

    public int SortOrder { get; set; }
}

using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>
/// A registered document (văn bản chỉ đạo): the department's own letter, or a higher-level
/// document kept as reference-only so the legal basis chain can link to it.
/// </summary>
public sealed class Directive : IVersioned, ISearchable
{
    public int Id { get; set; }

    /// <summary>Number/symbol, e.g. "757/STP-VP", "02-KL/TW".</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>Kind of document, e.g. "Công văn", "Kế hoạch", "Kết luận".</summary>
    public string? Kind { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Place { get; set; }

    /// <summary>Issuing body, e.g. "Sở Tư pháp tỉnh Hà Tĩnh", "Ban Bí thư".</summary>
    public string? IssuingBody { get; set; }

    /// <summary>Trích yếu (the "V/v" line).</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>Kính gửi: one addressee per line.</summary>
    public string? Addressees { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerTitle { get; set; }

    public string? SignerName { get; set; }

    /// <summary>Nơi nhận: one entry per line.</summary>
    public string? Distribution { get; set; }

    /// <summary>The letter's full text, when imported or typed; searchable.</summary>
    public string? BodyText { get; set; }

    /// <summary>Registered only so other documents can cite it; it assigns no tasks.</summary>
    public bool IsReferenceOnly { get; set; }

    /// <summary>The original file (PDF/DOCX/scan), kept in the evidence store.</summary>
    public Guid? OriginalFileId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public List<DirectiveTask> Tasks { get; set; } = [];

    /// <summary>The documents this one implements (its legal basis), nearest first.</summary>
    public List<DirectiveBasis> Bases { get; set; } = [];

    public IEnumerable<string?> SearchSources() => [Number, Kind, IssuingBody, Subject, BodyText];
}

/// <summary>A link "this directive implements that registered document".</summary>
public sealed class DirectiveBasis
{
    public int DirectiveId { get; set; }

    public int BasisId { get; set; }

    public Directive? Basis { get; set; }

    public int Order { get; set; }
}

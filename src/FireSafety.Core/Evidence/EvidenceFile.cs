using FireSafety.Core.Common;

namespace FireSafety.Core.Evidence;

/// <summary>
/// A stored file (photo, PDF, Office document) and who may download it: its unit. The bytes live
/// in the evidence store under <see cref="StorageKey"/>, outside wwwroot.
/// </summary>
public sealed class EvidenceFile : IUnitOwned
{
    public Guid Id { get; set; }

    public int UnitId { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    /// <summary>The safe display name (path tricks, control and bidi characters removed).</summary>
    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTime UploadedAtUtc { get; set; }

    public string? UploadedByUserId { get; set; }
}

namespace FireSafety.Core.Evidence;

/// <summary>A file written by the evidence store. Persist these fields on the owning entity.</summary>
/// <param name="StorageKey">Generated relative key ("yyyy/MM/&lt;32 hex&gt;.ext"), the only handle to the file.</param>
/// <param name="Kind">The kind detected from the content.</param>
/// <param name="DetectedContentType">Content type of the detected kind, never the client's.</param>
/// <param name="Extension">Extension of the detected kind, without the dot.</param>
/// <param name="SizeBytes">Size of the stored bytes (after re-encoding, for images).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes.</param>
/// <param name="SafeDisplayName">Cleaned original name with the detected extension, for lists and downloads.</param>
/// <param name="Width">Pixel width of a stored image (after orientation); null for documents.</param>
/// <param name="Height">Pixel height of a stored image (after orientation); null for documents.</param>
public sealed record StoredEvidence(
    string StorageKey,
    EvidenceKind Kind,
    string DetectedContentType,
    string Extension,
    long SizeBytes,
    string Sha256,
    string SafeDisplayName,
    int? Width,
    int? Height);

namespace FireSafety.Core.Evidence;

/// <summary>Configuration section "Evidence": where evidence files live and how big they may be.</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Evidence";

    public const long Megabyte = 1024 * 1024;

    /// <summary>
    /// Folder of the stored files; relative paths are taken from the content root. It must lie
    /// outside wwwroot: files are served only through an authorised download handler.
    /// </summary>
    public string StoragePath { get; set; } = "App_Data/evidence";

    /// <summary>Largest accepted file, in bytes (10 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * Megabyte;

    /// <summary>Largest total of the files of one request, in bytes (30 MB).</summary>
    public long MaxRequestBytes { get; set; } = 30 * Megabyte;

    public int MaxFilesPerRequest { get; set; } = 10;

    /// <summary>Largest image, in pixels (width × height), decoded for re-encoding: a guard against decompression bombs.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>JPEG and lossy WebP quality used when images are re-encoded.</summary>
    public int ImageQuality { get; set; } = 85;

    /// <summary>
    /// The kinds accepted. Empty (the default) means every supported kind: the configuration
    /// binder appends to a pre-filled list, so the default cannot be the list itself.
    /// </summary>
    public IList<EvidenceKind> AllowedKinds { get; set; } = new List<EvidenceKind>();

    public IReadOnlyList<EvidenceKind> EffectiveAllowedKinds =>
        AllowedKinds.Count == 0 ? EvidenceKinds.All : AllowedKinds.Distinct().ToList();

    public bool IsAllowed(EvidenceKind kind) => AllowedKinds.Count == 0 || AllowedKinds.Contains(kind);
}

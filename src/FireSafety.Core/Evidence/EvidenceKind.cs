namespace FireSafety.Core.Evidence;

/// <summary>The file types an evidence upload may be, as detected from the content.</summary>
public enum EvidenceKind
{
    Jpeg,
    Png,
    Webp,
    Pdf,
    Docx,
    Xlsx,
}

public static class EvidenceKinds
{
    public static IReadOnlyList<EvidenceKind> All { get; } =
        [EvidenceKind.Jpeg, EvidenceKind.Png, EvidenceKind.Webp, EvidenceKind.Pdf, EvidenceKind.Docx, EvidenceKind.Xlsx];

    public static bool IsImage(this EvidenceKind kind) =>
        kind is EvidenceKind.Jpeg or EvidenceKind.Png or EvidenceKind.Webp;

    /// <summary>The extension written on disk and offered in the download name (no dot).</summary>
    public static string Extension(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jpeg => "jpg",
        EvidenceKind.Png => "png",
        EvidenceKind.Webp => "webp",
        EvidenceKind.Pdf => "pdf",
        EvidenceKind.Docx => "docx",
        EvidenceKind.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ContentType(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Png => "image/png",
        EvidenceKind.Webp => "image/webp",
        EvidenceKind.Pdf => "application/pdf",
        EvidenceKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        EvidenceKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FireSafety.Core.Evidence;

public enum EvidenceRefusalReason
{
    Empty,
    TooLarge,
    NotAllowedType,
    ImageTooLarge,
    Corrupt,
    PdfActiveContent,
    OfficeMacro,
    Encrypted,
    Malware,
    TooManyFiles,
    RequestTooLarge,
}

/// <summary>
/// Why an upload was refused. <see cref="MessageKey"/> is one of <see cref="EvidenceMessages"/>;
/// the web layer passes it and <see cref="Arguments"/> to its localizer, and
/// <see cref="Message"/> is the Vietnamese text for logs and non-web callers.
/// </summary>
public sealed record EvidenceRefusal(EvidenceRefusalReason Reason, string MessageKey, IReadOnlyList<object> Arguments)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string Message => string.Format(Vietnamese, MessageKey, [.. Arguments]);

    public override string ToString() => Message;

    internal static EvidenceRefusal For(EvidenceRefusalReason reason, string fileName, EvidenceOptions options) => reason switch
    {
        EvidenceRefusalReason.Empty => new(reason, EvidenceMessages.Empty, [fileName]),
        EvidenceRefusalReason.TooLarge => new(reason, EvidenceMessages.TooLarge, [fileName, Megabytes(options.MaxFileBytes)]),
        EvidenceRefusalReason.NotAllowedType => new(reason, EvidenceMessages.NotAllowedType, [fileName]),
        EvidenceRefusalReason.ImageTooLarge => new(reason, EvidenceMessages.ImageTooLarge, [fileName, Megapixels(options.MaxImagePixels)]),
        EvidenceRefusalReason.Corrupt => new(reason, EvidenceMessages.Corrupt, [fileName]),
        EvidenceRefusalReason.PdfActiveContent => new(reason, EvidenceMessages.PdfActiveContent, [fileName]),
        EvidenceRefusalReason.OfficeMacro => new(reason, EvidenceMessages.OfficeMacro, [fileName]),
        EvidenceRefusalReason.Encrypted => new(reason, EvidenceMessages.Encrypted, [fileName]),
        EvidenceRefusalReason.Malware => new(reason, EvidenceMessages.Malware, [fileName]),
        EvidenceRefusalReason.TooManyFiles => new(reason, EvidenceMessages.TooManyFiles, [options.MaxFilesPerRequest]),
        EvidenceRefusalReason.RequestTooLarge => new(reason, EvidenceMessages.RequestTooLarge, [Megabytes(options.MaxRequestBytes)]),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    // Whole numbers print without decimals ("10"), others with one ("0,5" in vi-VN).
    private static string Megabytes(long bytes) => (bytes / (double)EvidenceOptions.Megabyte).ToString("0.#", Vietnamese);

    private static string Megapixels(long pixels) => (pixels / 1_000_000d).ToString("0.#", Vietnamese);
}

/// <summary>The outcome of <see cref="IEvidenceStore.SaveAsync"/>: the stored file or the refusal.</summary>
public sealed class EvidenceSaveResult
{
    private EvidenceSaveResult(StoredEvidence? evidence, EvidenceRefusal? refusal)
    {
        Evidence = evidence;
        Refusal = refusal;
    }

    [MemberNotNullWhen(true, nameof(Evidence))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Evidence is not null;

    public StoredEvidence? Evidence { get; }

    public EvidenceRefusal? Refusal { get; }

    public static EvidenceSaveResult Stored(StoredEvidence evidence) => new(evidence, null);

    public static EvidenceSaveResult Refused(EvidenceRefusal refusal) => new(null, refusal);
}

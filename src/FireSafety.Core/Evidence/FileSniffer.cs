using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace FireSafety.Core.Evidence;

/// <summary>What the content of an upload really is: a supported kind, or why it is refused.</summary>
public readonly record struct SniffResult(EvidenceKind? Kind, EvidenceRefusalReason? Refusal)
{
    public static SniffResult Detected(EvidenceKind kind) => new(kind, null);

    public static SniffResult Refused(EvidenceRefusalReason reason) => new(null, reason);
}

/// <summary>
/// Detects the real type of an upload from its magic bytes, never from its name or the client's
/// content type. Only JPEG, PNG, WebP, PDF, DOCX and XLSX are recognised; everything else (HTML,
/// SVG, GIF, scripts, executables, plain text, other ZIPs) is refused. Beyond the magic bytes it
/// refuses PDFs with JavaScript or launch actions (they are stored as they are), Office packages
/// with macros or ActiveX, encrypted or corrupt archives, and the EICAR test signature. Images
/// are only recognised here; <see cref="ImageSanitizer"/> decodes and re-encodes them.
/// </summary>
public static class FileSniffer
{
    private static readonly byte[] Eicar = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE"u8.ToArray();

    public static SniffResult Sniff(ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        if (span.IsEmpty)
        {
            return SniffResult.Refused(EvidenceRefusalReason.Empty);
        }

        // The EICAR string is what antivirus tests throw; refusing it by name gives a clearer
        // message than "not an allowed type", and keeps a server-side scanner from failing the
        // write of a PDF that carries it.
        if (span.IndexOf(Eicar) >= 0)
        {
            return SniffResult.Refused(EvidenceRefusalReason.Malware);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffResult.Detected(EvidenceKind.Jpeg);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffResult.Detected(EvidenceKind.Png);
        }

        if (span.Length >= 16 && span.StartsWith("RIFF"u8) && span[8..].StartsWith("WEBP"u8))
        {
            return SniffWebp(span);
        }

        if (span.StartsWith("%PDF-"u8))
        {
            return PdfInspector.Inspect(content);
        }

        if (span.StartsWith("PK\x03\x04"u8))
        {
            return OfficePackageInspector.Inspect(content);
        }

        return SniffResult.Refused(EvidenceRefusalReason.NotAllowedType);
    }

    private static SniffResult SniffWebp(ReadOnlySpan<byte> span)
    {
        var chunk = span[12..16];
        if (chunk.SequenceEqual("VP8 "u8) || chunk.SequenceEqual("VP8L"u8))
        {
            return SniffResult.Detected(EvidenceKind.Webp);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended header: byte 20 holds the feature flags; 0x02 marks an animation. Animated
            // WebP is refused: a camera never makes one, and every frame would be decoded.
            if (span.Length < 21)
            {
                return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
            }

            return (span[20] & 0x02) != 0
                ? SniffResult.Refused(EvidenceRefusalReason.NotAllowedType)
                : SniffResult.Detected(EvidenceKind.Webp);
        }

        return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
    }
}

/// <summary>
/// Checks a DOCX/XLSX candidate: a readable, unencrypted ZIP with the Open Packaging parts of a
/// Word document or an Excel workbook and no macro, macro sheet or ActiveX part. Nothing is
/// extracted, so entry names with path tricks cannot reach the disk; they are refused anyway
/// because Office never writes them.
/// </summary>
internal static class OfficePackageInspector
{
    private const int MaxEntries = 10_000;
    private const int MaxContentTypesBytes = 1024 * 1024;

    public static SniffResult Inspect(ReadOnlyMemory<byte> content)
    {
        var array = MemoryMarshal.TryGetArray(content, out var segment)
            ? segment
            : new ArraySegment<byte>(content.ToArray());
        try
        {
            using var stream = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                if (entry.IsEncrypted)
                {
                    return SniffResult.Refused(EvidenceRefusalReason.Encrypted);
                }

                var name = entry.FullName;
                if (name.StartsWith('/') || name.Contains('\\') || name.Split('/').Contains("..") || name.Contains(':'))
                {
                    return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
                }

                if (IsActivePart(name))
                {
                    return SniffResult.Refused(EvidenceRefusalReason.OfficeMacro);
                }

                names.Add(name);
            }

            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null)
            {
                return SniffResult.Refused(EvidenceRefusalReason.NotAllowedType);
            }

            var isDocument = names.Contains("word/document.xml");
            var isWorkbook = names.Contains("xl/workbook.xml");
            if (isDocument == isWorkbook)
            {
                // Neither (some other ZIP) or both (no Office application writes that).
                return SniffResult.Refused(EvidenceRefusalReason.NotAllowedType);
            }

            var types = ReadLimited(contentTypes);
            if (types is null)
            {
                return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
            }

            // .docm/.xlsm/.dotm renamed to .docx/.xlsx declare a macro-enabled main part.
            if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                return SniffResult.Refused(EvidenceRefusalReason.OfficeMacro);
            }

            return SniffResult.Detected(isDocument ? EvidenceKind.Docx : EvidenceKind.Xlsx);
        }
        catch (InvalidDataException)
        {
            return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
        }
        catch (NotSupportedException)
        {
            // Unsupported compression method (e.g. Deflate64 or LZMA entries).
            return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
        }
        catch (IOException)
        {
            return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
        }
    }

    private static bool IsActivePart(string name)
    {
        var fileName = name[(name.LastIndexOf('/') + 1)..];
        return fileName.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase)
            || name.Contains("/activeX/", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("xl/macrosheets/", StringComparison.OrdinalIgnoreCase);
    }

    private static string? ReadLimited(ZipArchiveEntry entry)
    {
        using var source = entry.Open();
        var buffer = new byte[MaxContentTypesBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = source.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaxContentTypesBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }
}

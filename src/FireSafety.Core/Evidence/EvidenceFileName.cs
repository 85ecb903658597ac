using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace FireSafety.Core.Evidence;

/// <summary>
/// Turns a client-supplied file name into something safe to show and to offer in a download.
/// The name is never used on disk (stored files have generated names); this only keeps lists,
/// messages and the Save dialog free of path tricks, control and bidi characters.
/// </summary>
public static class EvidenceFileName
{
    public const int MaxLength = 120;

    public const string FallbackStem = "tep-dinh-kem";

    private const int MaxInputLength = 4096;
    private const int MaxExtensionLength = 10;

    private static readonly string[] ReservedDeviceNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>
    /// The final segment of <paramref name="originalName"/> (after URL-decoding once, so
    /// "%2e%2e%2f" splits too), without control, format (bidi overrides, zero-width) or
    /// file-name-invalid characters, trimmed of dots and spaces, at most <see cref="MaxLength"/>
    /// characters, with its own extension. Empty when nothing is left. Used to name refused files.
    /// </summary>
    public static string Clean(string? originalName)
    {
        if (string.IsNullOrEmpty(originalName))
        {
            return string.Empty;
        }

        var text = originalName.Length > MaxInputLength ? originalName[^MaxInputLength..] : originalName;
        text = Uri.UnescapeDataString(text);
        var lastSeparator = text.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            text = text[(lastSeparator + 1)..];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar)
            {
                continue; // lone surrogates come out as U+FFFD
            }

            if (Rune.IsWhiteSpace(rune))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (IsDropped(rune))
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        var cleaned = Trim(builder.ToString().Normalize(NormalizationForm.FormC));
        if (cleaned.Length <= MaxLength)
        {
            return cleaned;
        }

        var (stem, extension) = SplitExtension(cleaned);
        return Trim(Truncate(stem, MaxLength - extension.Length)) + extension;
    }

    /// <summary>
    /// The name to show and offer for download: <see cref="Clean"/> without the client's extension,
    /// with <paramref name="kind"/>'s extension instead, or "tep-dinh-kem.&lt;ext&gt;" when nothing
    /// is left. Vietnamese letters are kept.
    /// </summary>
    public static string SafeDisplayName(string? originalName, EvidenceKind kind)
    {
        var extension = kind.Extension();
        var stem = Trim(SplitExtension(Clean(originalName)).Stem);
        if (stem.Length == 0)
        {
            stem = FallbackStem;
        }

        var firstPart = stem.Split('.')[0].TrimEnd();
        if (ReservedDeviceNames.Contains(firstPart, StringComparer.OrdinalIgnoreCase))
        {
            stem = "_" + stem;
        }

        stem = Trim(Truncate(stem, MaxLength - extension.Length - 1));
        return (stem.Length == 0 ? FallbackStem : stem) + "." + extension;
    }

    /// <summary>
    /// A Content-Disposition value that always downloads: <c>attachment</c>, an ASCII
    /// <c>filename</c> with Vietnamese diacritics folded ("Biên bản.pdf" → "Bien ban.pdf") for old
    /// clients, and <c>filename*</c> in UTF-8 (RFC 6266 / RFC 8187) with the real name.
    /// </summary>
    public static string ContentDisposition(string? displayName)
    {
        var name = Clean(displayName);
        if (name.Length == 0)
        {
            name = FallbackStem;
        }

        var header = new ContentDispositionHeaderValue("attachment") { FileName = AsciiFallback(name) };
        header.FileNameStar = name;
        return header.ToString();
    }

    /// <summary>Folds Vietnamese diacritics and replaces what is left outside printable ASCII (and quotes, backslashes, percent signs) with '_'.</summary>
    public static string AsciiFallback(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                '"' or '\\' or '%' => '_',
                < ' ' or > '~' => '_',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsDropped(Rune rune)
    {
        // Characters Windows refuses in file names; '/' and '\' are already separators.
        if (rune.Value is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*')
        {
            return true;
        }

        // Control characters, format characters (bidi embeddings/overrides U+202A–U+202E and
        // isolates U+2066–U+2069, zero-width characters, BOM), private-use and unassigned code
        // points, and line/paragraph separators.
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>
    /// Splits "name.ext" where ext is 1–10 letters or digits (with the dot); "v1.2 báo cáo" has no
    /// extension, so nothing after a dot is lost by mistake.
    /// </summary>
    private static (string Stem, string Extension) SplitExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Length - dot - 1 is 0 or > MaxExtensionLength)
        {
            return (name, string.Empty);
        }

        var extension = name[dot..];
        return extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? (name[..dot], extension) : (name, string.Empty);
    }

    private static string Trim(string text) => text.Trim(' ', '.');

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Do not cut a surrogate pair in half.
        var cut = char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }
}

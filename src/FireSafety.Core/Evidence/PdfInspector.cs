using System.IO.Compression;
using System.Runtime.InteropServices;

namespace FireSafety.Core.Evidence;

/// <summary>
/// Looks for active content in a PDF that is going to be stored as it is. Refused: an HTML/script
/// marker in the first kilobyte (a browser sniffing window: PDF/HTML polyglots), and the names
/// /JavaScript, /JS and /Launch — read as PDF names, so "#xx" escapes such as /J#61vaScript are
/// decoded first — in the file and inside compressed object streams, where PDF 1.5 writers hide
/// dictionaries. /JS is only looked for outside stream data: a JavaScript action also needs
/// /S /JavaScript, which is looked for everywhere, and three bytes would turn up by chance in
/// compressed images. A PDF whose object streams cannot be inflated (encrypted, unknown filter)
/// cannot be inspected and is refused.
/// </summary>
internal static class PdfInspector
{
    private const int HeaderWindow = 1024;
    private const int MaxNameBytes = 32;
    private const long MinInflateBudget = 64 * EvidenceOptions.Megabyte;

    private static readonly byte[][] HtmlMarkers =
    [
        "<script"u8.ToArray(), "<html"u8.ToArray(), "<!doctype"u8.ToArray(), "<svg"u8.ToArray(),
        "<iframe"u8.ToArray(), "<body"u8.ToArray(), "<object"u8.ToArray(), "<embed"u8.ToArray(),
    ];

    private static readonly string[] UnsupportedObjectStreamFilters =
        ["ASCIIHexDecode", "AHx", "ASCII85Decode", "A85", "LZWDecode", "LZW", "RunLengthDecode", "RL", "Crypt", "DecodeParms", "DP",
         "F", "FFilter", "FDecodeParms"]; // /F: the stream's data lives in an external file

    public static SniffResult Inspect(ReadOnlyMemory<byte> content)
    {
        var pdf = content.Span;
        if (ContainsHtmlMarker(pdf[..Math.Min(pdf.Length, HeaderWindow)]))
        {
            return SniffResult.Refused(EvidenceRefusalReason.PdfActiveContent);
        }

        var array = MemoryMarshal.TryGetArray(content, out var segment) ? segment : new ArraySegment<byte>(content.ToArray());
        var scan = new TopLevelScan(array, Math.Max(MinInflateBudget, 20L * pdf.Length));
        return scan.Run();
    }

    private static bool ContainsHtmlMarker(ReadOnlySpan<byte> head)
    {
        Span<byte> lower = stackalloc byte[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            lower[i] = head[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(head[i] | 0x20) : head[i];
        }

        foreach (var marker in HtmlMarkers)
        {
            if (lower.IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class TopLevelScan(ArraySegment<byte> pdf, long inflateBudget)
    {
        private long budget = inflateBudget;
        private bool sawEncrypt;
        private bool uninspectable;

        public SniffResult Run()
        {
            var span = pdf.AsSpan();
            var inStream = false;
            var lastObj = -1;
            var i = 0;
            Span<byte> name = stackalloc byte[MaxNameBytes];
            while (i < span.Length)
            {
                var b = span[i];
                if (b == '/')
                {
                    var next = ReadName(span, i + 1, name, out var length);
                    var decoded = name[..Math.Max(length, 0)];
                    if (length >= 0 && (decoded.SequenceEqual("JavaScript"u8) || decoded.SequenceEqual("Launch"u8)))
                    {
                        return SniffResult.Refused(EvidenceRefusalReason.PdfActiveContent);
                    }

                    if (!inStream && length >= 0)
                    {
                        if (decoded.SequenceEqual("JS"u8))
                        {
                            return SniffResult.Refused(EvidenceRefusalReason.PdfActiveContent);
                        }

                        sawEncrypt |= decoded.SequenceEqual("Encrypt"u8);
                    }

                    i = next;
                    continue;
                }

                if (!inStream)
                {
                    if (IsKeyword(span, i, "obj"u8, checkBefore: true))
                    {
                        lastObj = i;
                    }
                    else if (IsKeyword(span, i, "stream"u8, checkBefore: true))
                    {
                        var dataStart = SkipEndOfLine(span, i + "stream"u8.Length);
                        var dictStart = lastObj >= 0 ? lastObj : Math.Max(0, i - 4096);
                        if (InspectObjectStream(span[dictStart..i], dataStart) is { } refusal)
                        {
                            return refusal;
                        }

                        inStream = true;
                        i = dataStart;
                        continue;
                    }
                }
                else if (b == 'e' && span[i..].StartsWith("endstream"u8))
                {
                    inStream = false;
                    lastObj = -1;
                    i += "endstream"u8.Length;
                    continue;
                }

                i++;
            }

            if (uninspectable)
            {
                return SniffResult.Refused(sawEncrypt ? EvidenceRefusalReason.Encrypted : EvidenceRefusalReason.Corrupt);
            }

            return SniffResult.Detected(EvidenceKind.Pdf);
        }

        private SniffResult? InspectObjectStream(ReadOnlySpan<byte> dictionary, int dataStart)
        {
            // Readers find object streams through the cross-reference stream and need only /N and
            // /First (pdf.js does not even check /Type /ObjStm), so those two keys decide. Keys
            // are always direct names; values (the filter included) may be indirect.
            var names = NamesIn(dictionary);
            if (!names.Contains("First") || !names.Contains("N"))
            {
                return null;
            }

            var span = pdf.AsSpan();
            var end = span[dataStart..].IndexOf("endstream"u8);
            var dataEnd = end < 0 ? span.Length : dataStart + end;
            var flateCount = names.Count(n => n is "FlateDecode" or "Fl");
            var hasFilter = names.Contains("Filter");
            if (names.Any(UnsupportedObjectStreamFilters.Contains) || (hasFilter && flateCount == 0) || flateCount > 3)
            {
                // An indirect or unsupported filter, or decode parameters: what a reader sees
                // cannot be reproduced here, so the file cannot be inspected.
                uninspectable = true;
                return null;
            }

            byte[]? decoded = span[dataStart..dataEnd].ToArray();
            for (var pass = 0; pass < flateCount; pass++)
            {
                decoded = Inflate(decoded);
                if (decoded is null)
                {
                    return SniffResult.Refused(EvidenceRefusalReason.Corrupt);
                }

                if (decoded.Length == 0)
                {
                    uninspectable = true;
                    return null;
                }
            }

            // An object stream holds plain objects and no stream data: every name counts.
            return ContainsActiveName(decoded) ? SniffResult.Refused(EvidenceRefusalReason.PdfActiveContent) : null;
        }

        /// <summary>Inflated bytes (possibly empty when undecodable), or null when the budget ran out (a bomb).</summary>
        private byte[]? Inflate(byte[] data)
        {
            using var output = new MemoryStream();
            try
            {
                using var input = new MemoryStream(data, writable: false);
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                var buffer = new byte[81920];
                int read;
                while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
                {
                    budget -= read;
                    if (budget < 0)
                    {
                        return null;
                    }

                    output.Write(buffer, 0, read);
                }
            }
            catch (InvalidDataException)
            {
                // A damaged tail: scan what inflated; a viewer's inflater stops at the same place.
            }

            return output.ToArray();
        }
    }

    private static bool ContainsActiveName(ReadOnlySpan<byte> data)
    {
        Span<byte> name = stackalloc byte[MaxNameBytes];
        var i = 0;
        while (i < data.Length)
        {
            if (data[i] != '/')
            {
                i++;
                continue;
            }

            i = ReadName(data, i + 1, name, out var length);
            if (length < 0)
            {
                continue;
            }

            var decoded = name[..length];
            if (decoded.SequenceEqual("JavaScript"u8) || decoded.SequenceEqual("Launch"u8) || decoded.SequenceEqual("JS"u8))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> NamesIn(ReadOnlySpan<byte> data)
    {
        var names = new List<string>();
        Span<byte> name = stackalloc byte[MaxNameBytes];
        var i = 0;
        while (i < data.Length)
        {
            if (data[i] != '/')
            {
                i++;
                continue;
            }

            i = ReadName(data, i + 1, name, out var length);
            if (length >= 0)
            {
                names.Add(System.Text.Encoding.ASCII.GetString(name[..length]));
            }
        }

        return names;
    }

    /// <summary>
    /// Reads a PDF name starting after its '/', decoding "#xx" escapes into <paramref name="name"/>.
    /// Returns the index after the name; <paramref name="length"/> is -1 when the name is longer
    /// than the buffer (no name of interest is).
    /// </summary>
    private static int ReadName(ReadOnlySpan<byte> data, int start, Span<byte> name, out int length)
    {
        length = 0;
        var i = start;
        while (i < data.Length && !IsWhiteSpace(data[i]) && !IsDelimiter(data[i]))
        {
            var value = data[i];
            if (value == '#' && i + 2 < data.Length && IsHex(data[i + 1]) && IsHex(data[i + 2]))
            {
                value = (byte)((HexValue(data[i + 1]) << 4) | HexValue(data[i + 2]));
                i += 3;
            }
            else
            {
                i++;
            }

            if (length >= 0 && length < name.Length)
            {
                name[length++] = value;
            }
            else
            {
                length = -1;
            }
        }

        return i;
    }

    private static bool IsKeyword(ReadOnlySpan<byte> data, int i, ReadOnlySpan<byte> keyword, bool checkBefore)
    {
        if (!data[i..].StartsWith(keyword))
        {
            return false;
        }

        if (checkBefore && i > 0 && !IsWhiteSpace(data[i - 1]) && !IsDelimiter(data[i - 1]))
        {
            return false;
        }

        var after = i + keyword.Length;
        return after >= data.Length || IsWhiteSpace(data[after]) || IsDelimiter(data[after]);
    }

    private static int SkipEndOfLine(ReadOnlySpan<byte> data, int i)
    {
        if (i < data.Length && data[i] == '\r')
        {
            i++;
        }

        if (i < data.Length && data[i] == '\n')
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(byte b) => b is 0x00 or 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}

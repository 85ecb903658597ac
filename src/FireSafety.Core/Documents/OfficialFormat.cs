using System.Globalization;
using System.Text;

namespace FireSafety.Core.Documents;

/// <summary>
/// The texts both writers print the same way: the number line, the place and date line, heading
/// numbers, the "Nơi nhận:" lines, and the cleaning of caller text.
/// </summary>
public static class OfficialFormat
{
    /// <summary>The national motto line 1 (bold capitals).</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The national motto line 2 (bold, with a rule under it).</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Label of the recipients list.</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    /// <summary>Label of the addressees.</summary>
    public const string AddresseesLabel = "Kính gửi:";

    // Points in Vietnamese legal texts follow the Vietnamese alphabet (no f, j, w, z; đ after d).
    private static readonly string[] PointLetters =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>
    /// "Số: 05/BC-STP": numbers under 10 take a leading zero; a draft (null number) leaves room for
    /// the clerk to write it in.
    /// </summary>
    public static string NumberLine(int? number, string kindCode, string issuerCode)
    {
        var numberText = number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "        ";
        var code = Clean(kindCode).Trim();
        var issuer = Clean(issuerCode).Trim();
        var symbol = issuer.Length == 0 ? code : $"{code}-{issuer}";
        return $"Số: {numberText}/{symbol}";
    }

    /// <summary>"Hà Tĩnh, ngày 05 tháng 01 năm 2027": two-digit day and month; blanks for a draft.</summary>
    public static string PlaceDateLine(string place, DateOnly? date)
    {
        var placeText = Clean(place).Trim();
        var prefix = placeText.Length == 0 ? string.Empty : placeText + ", ";
        return date is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
            : $"{prefix}ngày      tháng      năm      ";
    }

    /// <summary>The "Nơi nhận:" lines: "- X;" for each recipient, then "- Lưu: VT, VP.".</summary>
    public static IReadOnlyList<string> RecipientLines(IEnumerable<string> recipients, string archive)
    {
        var lines = recipients
            .Select(r => Clean(r).Trim().TrimEnd(';', '.', ','))
            .Where(r => r.Length > 0)
            .Select(r => $"- {r};")
            .ToList();
        var keep = Clean(archive).Trim().TrimEnd('.');
        if (keep.Length > 0)
        {
            lines.Add($"- Lưu: {keep}.");
        }

        return lines;
    }

    /// <summary>
    /// Numbers the headings of a body: "I.", "1.", "a)", each level restarting under its parent.
    /// Returns the label of each block index that is a heading.
    /// </summary>
    public static IReadOnlyDictionary<int, string> HeadingLabels(IReadOnlyList<DocumentBlock> body)
    {
        var labels = new Dictionary<int, string>();
        int level1 = 0, level2 = 0, level3 = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is not Heading heading)
            {
                continue;
            }

            switch (HeadingLevel(heading))
            {
                case 1:
                    level1++;
                    level2 = 0;
                    level3 = 0;
                    labels[i] = Roman(level1) + ".";
                    break;
                case 2:
                    level2++;
                    level3 = 0;
                    labels[i] = level2.ToString(CultureInfo.InvariantCulture) + ".";
                    break;
                default:
                    labels[i] = PointLetter(level3++) + ")";
                    break;
            }
        }

        return labels;
    }

    /// <summary>The heading level clamped to 1–3.</summary>
    public static int HeadingLevel(Heading heading) => Math.Clamp(heading.Level, 1, 3);

    /// <summary>
    /// Caller text made safe for XML and PDF: NFC, no control characters other than tab and line
    /// feed (CR LF and CR become LF; other control whitespace a space), no lone surrogates, no
    /// U+FFFE/U+FFFF. Null becomes empty.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (char.IsControl(c) && c is not '\t' and not '\n')
            {
                // A vertical tab, form feed or NEL still separates words.
                if (char.IsWhiteSpace(c))
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    internal static string Roman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    private static string PointLetter(int index) =>
        index < PointLetters.Length
            ? PointLetters[index]
            : PointLetters[index % PointLetters.Length] + (index / PointLetters.Length + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Table rows padded or cut to the header's column count (cleaned text).</summary>
    internal static IReadOnlyList<string> FitRow(IReadOnlyList<string>? row, int columns)
    {
        var cells = new string[columns];
        for (var i = 0; i < columns; i++)
        {
            cells[i] = row is not null && i < row.Count ? Clean(row[i]) : string.Empty;
        }

        return cells;
    }

    /// <summary>Column widths as fractions summing to 1; equal when the weights are missing or unusable.</summary>
    internal static double[] ColumnFractions(TableBlock table, int columns)
    {
        var weights = table.ColumnWidths;
        if (weights is null || weights.Count != columns || weights.Any(w => !double.IsFinite(w) || w <= 0))
        {
            return Enumerable.Repeat(1.0 / columns, columns).ToArray();
        }

        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }

    internal static ColumnAlignment Alignment(TableBlock table, int column) =>
        table.Alignments is { } a && column < a.Count ? a[column] : ColumnAlignment.Left;
}

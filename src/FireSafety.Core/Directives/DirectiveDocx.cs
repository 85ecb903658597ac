using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FireSafety.Core.Directives;

/// <summary>
/// The text of a Word letter (.docx), laid out as <see cref="DirectiveTextParser"/> reads a copy:
/// one line per paragraph (a manual line break starts a new line), Word's automatic list numbers
/// written out ("1.", "a)", "-"), and the two-column header and signature tables written side by
/// side, columns four spaces apart, a right cell alone indented.
/// </summary>
public static class DirectiveDocx
{
    private const string ColumnGap = "    ";
    private static readonly string RightColumnIndent = new(' ', 24);

    /// <summary>The letter's text; throws what the Open XML SDK throws for a stream that is not a .docx.</summary>
    public static string ExtractText(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        var numbers = new ListNumbers(main!.NumberingDefinitionsPart?.Numbering);
        foreach (var element in body.ChildElements)
        {
            Add(element, lines, numbers);
        }

        return string.Join('\n', lines);
    }

    private static void Add(OpenXmlElement element, List<string> lines, ListNumbers numbers)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.AddRange(Lines(paragraph, numbers));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    AddRow(row, lines, numbers);
                }

                break;
            default:
                foreach (var child in element.ChildElements)
                {
                    Add(child, lines, numbers);
                }

                break;
        }
    }

    /// <summary>A table row: the cells' lines zipped side by side.</summary>
    private static void AddRow(TableRow row, List<string> lines, ListNumbers numbers)
    {
        var cells = row.Elements<TableCell>().Select(cell =>
        {
            var cellLines = new List<string>();
            foreach (var child in cell.ChildElements)
            {
                Add(child, cellLines, numbers);
            }

            return cellLines;
        }).ToList();
        var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
        for (var i = 0; i < height; i++)
        {
            var parts = cells.Select(c => i < c.Count ? c[i].Trim() : string.Empty).ToList();
            var first = parts.FindIndex(p => p.Length > 0);
            if (first < 0)
            {
                lines.Add(string.Empty);
                continue;
            }

            var text = string.Join(ColumnGap, parts.Skip(first).Where(p => p.Length > 0));
            lines.Add(first > 0 ? RightColumnIndent + text : text);
        }
    }

    private static IEnumerable<string> Lines(Paragraph paragraph, ListNumbers numbers)
    {
        var text = new StringBuilder();
        var label = numbers.Label(paragraph);
        if (label is not null)
        {
            text.Append(label).Append(' ');
        }

        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().Split('\n');
    }

    /// <summary>Word's automatic numbering, counted per list and level as Word counts it.</summary>
    private sealed class ListNumbers(Numbering? numbering)
    {
        private const int Levels = 9;
        private readonly Dictionary<int, int[]> _counters = [];

        public string? Label(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties?.NumberingProperties;
            var numberId = properties?.NumberingId?.Val?.Value;
            if (numbering is null || numberId is null or 0)
            {
                return null;
            }

            var level = Math.Clamp(properties!.NumberingLevelReference?.Val?.Value ?? 0, 0, Levels - 1);
            var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var levels = definition?.Elements<Level>().GroupBy(l => l.LevelIndex?.Value ?? 0).ToDictionary(g => g.Key, g => g.First())
                ?? [];
            if (!levels.TryGetValue(level, out var current) || current.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            {
                return "-";
            }

            if (!_counters.TryGetValue(numberId.Value, out var counters))
            {
                counters = new int[Levels];
                _counters[numberId.Value] = counters;
            }

            counters[level] = counters[level] == 0 ? Start(current) : counters[level] + 1;
            Array.Clear(counters, level + 1, Levels - level - 1);
            var label = current.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
            for (var i = 0; i <= level; i++)
            {
                var value = counters[i] == 0 && levels.TryGetValue(i, out var upper) ? Start(upper) : counters[i];
                var format = levels.TryGetValue(i, out var defined) ? defined.NumberingFormat?.Val?.Value : null;
                label = label.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), Format(value, format), StringComparison.Ordinal);
            }

            return label;
        }

        private static int Start(Level level) => level.StartNumberingValue?.Val?.Value ?? 1;

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
            {
                var letter = ((char)('a' + ((Math.Max(value, 1) - 1) % 26))).ToString();
                return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
            }

            if (format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman)
            {
                var roman = Roman(value);
                return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Roman(int value)
        {
            (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
            var builder = new StringBuilder();
            value = Math.Clamp(value, 1, 3999);
            foreach (var (number, numeral) in numerals)
            {
                while (value >= number)
                {
                    builder.Append(numeral);
                    value -= number;
                }
            }

            return builder.ToString();
        }
    }
}

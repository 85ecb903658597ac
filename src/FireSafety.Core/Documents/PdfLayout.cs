using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FireSafety.Core.Documents;

/// <summary>Horizontal placement of a laid-out line.</summary>
internal enum LineAlign
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A word with its font and measured width.</summary>
internal readonly record struct PdfWord(string Text, XFont Font, double Width);

/// <summary>One laid-out line: its words, height, alignment and first-line indent.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfWord> Words, double Height, LineAlign Align, double Indent, bool EndsParagraph)
{
    /// <summary>Extra space above the line (the paragraph's spacing before).</summary>
    public double Before { get; init; }
}

/// <summary>
/// A small flow layout on A4 pages: a cursor that moves down, a new page when a line does not
/// fit, and the page number centred in the top margin from page 2 on. Text is wrapped word by
/// word with the fonts' own metrics.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    public const double PageWidth = 595.276;
    public const double PageHeight = 841.89;
    public static readonly double MarginTop = Millimetres(20);
    public static readonly double MarginBottom = Millimetres(20);
    public static readonly double MarginLeft = Millimetres(30);
    public static readonly double MarginRight = Millimetres(15);

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument document;
    private readonly Dictionary<(double Size, XFontStyleEx Style), XFont> fonts = [];
    private readonly Dictionary<XFont, double> spaceWidths = [];
    private XGraphics? graphics;

    public PdfLayout(PdfDocument document)
    {
        this.document = document;
        NewPage();
    }

    public double Left => MarginLeft;

    public double Width => PageWidth - MarginLeft - MarginRight;

    public double Bottom => PageHeight - MarginBottom;

    /// <summary>The height a page offers between its margins.</summary>
    public static double ContentHeight => PageHeight - MarginTop - MarginBottom;

    public double Y { get; set; }

    public int PageCount { get; private set; }

    public bool AtPageTop => Y <= MarginTop + 0.01;

    public XGraphics Graphics => graphics!;

    public static double Millimetres(double mm) => mm * 72 / 25.4;

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        if (!fonts.TryGetValue((size, style), out var font))
        {
            font = new XFont(PdfFonts.FamilyName, size, style, FontOptions);
            fonts[(size, style)] = font;
        }

        return font;
    }

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        graphics = XGraphics.FromPdfPage(page);
        PageCount++;
        Y = MarginTop;
        if (PageCount > 1)
        {
            var number = PageCount.ToString(CultureInfo.InvariantCulture);
            var font = Font(14);
            var width = Graphics.MeasureString(number, font).Width;
            Graphics.DrawString(number, font, XBrushes.Black, MarginLeft + (Width - width) / 2, Millimetres(10), XStringFormats.TopLeft);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor or the page is still empty.</summary>
    public void Ensure(double height)
    {
        if (Y + height > Bottom + 0.01 && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>
    /// Wraps text runs into lines of at most <paramref name="width"/>. A line feed ends a line;
    /// a word wider than the line is cut between characters.
    /// </summary>
    public List<PdfLine> Lay(
        IEnumerable<(string Text, XFont Font)> runs,
        double width,
        LineAlign align,
        double firstIndent = 0,
        double lineFactor = 1.0,
        double before = 0)
    {
        var lines = new List<PdfLine>();
        var current = new List<PdfWord>();
        var lineHeight = 0.0;
        double used = 0;

        void Finish(bool endsParagraph)
        {
            var indent = lines.Count == 0 ? firstIndent : 0;
            var height = lineHeight > 0 ? lineHeight : runs.Select(r => r.Font.GetHeight()).DefaultIfEmpty(12).Max();
            lines.Add(new PdfLine(current, height * lineFactor, align, indent, endsParagraph) { Before = lines.Count == 0 ? before : 0 });
            current = [];
            lineHeight = 0;
            used = 0;
        }

        double Available() => width - (lines.Count == 0 ? firstIndent : 0);

        foreach (var (text, font) in runs)
        {
            var hardLines = text.Replace('\t', ' ').Split('\n');
            for (var h = 0; h < hardLines.Length; h++)
            {
                if (h > 0)
                {
                    Finish(endsParagraph: true);
                }

                foreach (var token in hardLines[h].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    foreach (var piece in Pieces(token, font, width - firstIndent))
                    {
                        var pieceWidth = Measure(piece, font);
                        var space = current.Count == 0 ? 0 : SpaceWidth(font);
                        if (current.Count > 0 && used + space + pieceWidth > Available())
                        {
                            Finish(endsParagraph: false);
                            space = 0;
                        }

                        current.Add(new PdfWord(piece, font, pieceWidth));
                        used += space + pieceWidth;
                        lineHeight = Math.Max(lineHeight, font.GetHeight());
                    }
                }
            }
        }

        Finish(endsParagraph: true);
        return lines;
    }

    /// <summary>Lays out one run of text.</summary>
    public List<PdfLine> Lay(string text, XFont font, double width, LineAlign align, double firstIndent = 0, double lineFactor = 1.0, double before = 0) =>
        Lay([(text, font)], width, align, firstIndent, lineFactor, before);

    public static double Height(IEnumerable<PdfLine> lines) => lines.Sum(l => l.Before + l.Height);

    /// <summary>Draws lines in the flow from the cursor, moving to a new page when one does not fit.</summary>
    public void Flow(IEnumerable<PdfLine> lines, double x, double width)
    {
        foreach (var line in lines)
        {
            if (!AtPageTop)
            {
                Y += line.Before;
            }

            Ensure(line.Height);
            DrawLine(line, x, Y, width);
            Y += line.Height;
        }
    }

    /// <summary>Draws lines from <paramref name="top"/> without page breaks; returns the height used.</summary>
    public double Place(IEnumerable<PdfLine> lines, double x, double top, double width)
    {
        var y = top;
        foreach (var line in lines)
        {
            y += line.Before;
            DrawLine(line, x, y, width);
            y += line.Height;
        }

        return y - top;
    }

    public void DrawLine(PdfLine line, double x, double y, double width)
    {
        if (line.Words.Count == 0)
        {
            return;
        }

        var available = width - line.Indent;
        var words = line.Words.Sum(w => w.Width);
        var spaces = 0.0;
        for (var i = 1; i < line.Words.Count; i++)
        {
            spaces += SpaceWidth(line.Words[i].Font);
        }

        var start = x + line.Indent;
        var gap = -1.0;
        switch (line.Align)
        {
            case LineAlign.Center:
                start += Math.Max(0, (available - words - spaces) / 2);
                break;
            case LineAlign.Right:
                start += Math.Max(0, available - words - spaces);
                break;
            case LineAlign.Justify when !line.EndsParagraph && line.Words.Count > 1:
                gap = (available - words) / (line.Words.Count - 1);
                break;
        }

        var cursor = start;
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            if (i > 0)
            {
                cursor += gap >= 0 ? gap : SpaceWidth(word.Font);
            }

            // Top of the text box: lines taller than the font (1.15 spacing) keep the extra below.
            Graphics.DrawString(word.Text, word.Font, XBrushes.Black, cursor, y, XStringFormats.TopLeft);
            cursor += word.Width;
        }
    }

    public void Rule(double centre, double length, double y, double thickness = 0.6) =>
        Graphics.DrawLine(new XPen(XColors.Black, thickness), centre - length / 2, y, centre + length / 2, y);

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : Graphics.MeasureString(text, font).Width;

    private double SpaceWidth(XFont font)
    {
        if (!spaceWidths.TryGetValue(font, out var width))
        {
            // Measured between two letters: some measurers give a lone space no width.
            width = Measure("n n", font) - Measure("nn", font);
            spaceWidths[font] = width > 0 ? width : font.Size / 4;
        }

        return spaceWidths[font];
    }

    /// <summary>The token itself, or pieces of it that fit <paramref name="width"/>, cut between text elements.</summary>
    private IEnumerable<string> Pieces(string token, XFont font, double width)
    {
        if (Measure(token, font) <= width)
        {
            yield return token;
            yield break;
        }

        var piece = new System.Text.StringBuilder();
        var pieceWidth = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(token);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = Measure(element, font);
            if (piece.Length > 0 && pieceWidth + elementWidth > width)
            {
                yield return piece.ToString();
                piece.Clear();
                pieceWidth = 0;
            }

            piece.Append(element);
            pieceWidth += elementWidth;
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    public void Dispose() => graphics?.Dispose();
}

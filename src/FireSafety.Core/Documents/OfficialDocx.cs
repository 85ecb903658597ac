using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FireSafety.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a .docx in the Nghị định 30/2020 format: A4, margins
/// 20/20/30/15 mm, Times New Roman 14 pt (tables 13 pt), justified body with a 1.27 cm first-line
/// indent, page numbers centred in the top margin from page 2 on.
/// </summary>
public static class OfficialDocx
{
    // Lengths in twentieths of a point (twips); 1 mm = 56.7 twips.
    internal const int PageWidth = 11906;
    internal const int PageHeight = 16838;
    internal const int MarginTop = 1134;
    internal const int MarginBottom = 1134;
    internal const int MarginLeft = 1701;
    internal const int MarginRight = 850;
    internal const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const int HeaderDistance = 567;
    private const int FirstLineIndent = 720;
    private const int HeaderLeftWidth = 3800;
    private const int HeaderRightWidth = TextWidth - HeaderLeftWidth;

    // Font sizes in half-points.
    private const int BodySize = 28;
    private const int TableSize = 26;
    private const int HeaderSize = 26;
    private const int RecipientsLabelSize = 24;
    private const int RecipientsSize = 22;

    private const string FontName = "Times New Roman";

    /// <summary>
    /// The paragraph style of table cells (13 pt, 2 pt before and after), and its centred and
    /// right-aligned variants. A province's appendix has a thousand rows: formatting each cell's
    /// paragraph and run directly made the document twice as large and as slow to write.
    /// </summary>
    internal const string TableTextStyle = "TableText";
    private const string TableCenterStyle = "TableTextCenter";
    private const string TableRightStyle = "TableTextRight";

    /// <summary>Writes the document to <paramref name="output"/> (which stays open).</summary>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // The package is built in memory so any writable stream works, seekable or not.
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            AddSettings(main);

            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = new Header(new Paragraph());
            var defaultHeader = main.AddNewPart<HeaderPart>();
            defaultHeader.Header = new Header(PageNumberParagraph());

            var body = new Body();
            AppendHeader(body, document);
            AppendTitle(body, document);
            AppendAddressees(body, document.Addressees);
            AppendBlocks(body, document.Body);
            AppendSignaturesAndRecipients(body, document);
            body.Append(SectionProperties(main.GetIdOfPart(defaultHeader), main.GetIdOfPart(firstHeader)));
            main.Document = new Document(body);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    new FontSize { Val = BodySize.ToString() },
                    new FontSizeComplexScript { Val = BodySize.ToString() },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(
                    new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(
                    new FontSize { Val = TableSize.ToString() },
                    new FontSizeComplexScript { Val = TableSize.ToString() }))
            { Type = StyleValues.Paragraph, StyleId = TableTextStyle },
            AlignedTableStyle(TableCenterStyle, "Table Text Center", JustificationValues.Center),
            AlignedTableStyle(TableRightStyle, "Table Text Right", JustificationValues.Right));
    }

    private static Style AlignedTableStyle(string id, string name, JustificationValues justification) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = TableTextStyle },
            new StyleParagraphProperties(new Justification { Val = justification }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    private static SectionProperties SectionProperties(string defaultHeaderId, string firstHeaderId) =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = defaultHeaderId },
            new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTop,
                Bottom = MarginBottom,
                Left = MarginLeft,
                Right = MarginRight,
                Header = HeaderDistance,
                Footer = HeaderDistance,
                Gutter = 0,
            },
            new TitlePage());

    private static Paragraph PageNumberParagraph()
    {
        var field = new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " };
        return new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            field);
    }

    private static void AppendHeader(Body body, OfficialDocument document)
    {
        var header = document.Header;
        var left = new TableCell(
            CellWidth(HeaderLeftWidth),
            Line(OfficialFormat.Clean(header.ParentBody).ToUpperInvariant(), JustificationValues.Center, size: HeaderSize),
            Line(OfficialFormat.Clean(header.IssuingBody).ToUpperInvariant(), JustificationValues.Center, bold: true, size: HeaderSize),
            Rule(HeaderLeftWidth, 1300));
        var right = new TableCell(
            CellWidth(HeaderRightWidth),
            Line(OfficialFormat.NationalName, JustificationValues.Center, bold: true, size: HeaderSize),
            Line(OfficialFormat.Motto, JustificationValues.Center, bold: true),
            Rule(HeaderRightWidth, 3600));
        var number = new TableCell(
            CellWidth(HeaderLeftWidth),
            Line(OfficialFormat.NumberLine(header.Number, document.Kind.Code, header.IssuerCode), JustificationValues.Center, size: HeaderSize));
        var date = new TableCell(
            CellWidth(HeaderRightWidth),
            Line(OfficialFormat.PlaceDateLine(header.Place, header.Date), JustificationValues.Center, italic: true));

        body.Append(new Table(
            TableProperties(bordered: false),
            Grid([HeaderLeftWidth, HeaderRightWidth]),
            new TableRow(left, right),
            new TableRow(number, date)));
    }

    private static void AppendTitle(Body body, OfficialDocument document)
    {
        body.Append(Line(OfficialFormat.Clean(document.Kind.Title).ToUpperInvariant(), JustificationValues.Center, bold: true, before: 360, keepNext: true));
        var subject = OfficialFormat.Clean(document.Subject).Trim();
        if (subject.Length > 0)
        {
            body.Append(Line(subject, JustificationValues.Center, bold: true, keepNext: true));
        }

        body.Append(Rule(TextWidth, 1800));
    }

    private static void AppendAddressees(Body body, IReadOnlyList<string> addressees)
    {
        var names = addressees.Select(a => OfficialFormat.Clean(a).Trim()).Where(a => a.Length > 0).ToList();
        if (names.Count == 1)
        {
            body.Append(Line($"{OfficialFormat.AddresseesLabel} {names[0]}", JustificationValues.Center, before: 120, after: 120));
        }
        else if (names.Count > 1)
        {
            body.Append(Line(OfficialFormat.AddresseesLabel, JustificationValues.Left, before: 120, leftIndent: 1700));
            for (var i = 0; i < names.Count; i++)
            {
                body.Append(Line($"- {names[i]}", JustificationValues.Left, leftIndent: 2840, after: i == names.Count - 1 ? 120 : 0));
            }
        }
    }

    private static void AppendBlocks(Body body, IReadOnlyList<DocumentBlock> blocks)
    {
        var labels = OfficialFormat.HeadingLabels(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Heading heading:
                    var level = OfficialFormat.HeadingLevel(heading);
                    body.Append(Line(
                        $"{labels[i]} {OfficialFormat.Clean(heading.Text).Trim()}",
                        JustificationValues.Both,
                        bold: level < 3,
                        italic: level == 3,
                        before: 120,
                        after: 60,
                        firstLine: FirstLineIndent,
                        keepNext: true));
                    break;
                case ParagraphBlock paragraph:
                    body.Append(BodyParagraph(OfficialFormat.Clean(paragraph.Text), paragraph.Italic));
                    break;
                case BulletItem bullet:
                    body.Append(BodyParagraph("- " + OfficialFormat.Clean(bullet.Text).Trim(), italic: false));
                    break;
                case KeyValueLine keyValue:
                    var p = BodyParagraph(string.Empty, italic: false);
                    p.RemoveAllChildren<Run>();
                    p.Append(TextRun(OfficialFormat.Clean(keyValue.Key).Trim() + ": ", bold: true, italic: false, BodySize));
                    p.Append(TextRun(OfficialFormat.Clean(keyValue.Value), bold: false, italic: false, BodySize));
                    body.Append(p);
                    break;
                case PageBreak:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case TableBlock table:
                    AppendTable(body, table);
                    break;
            }
        }
    }

    private static Paragraph BodyParagraph(string text, bool italic) =>
        Line(text, JustificationValues.Both, italic: italic, after: 120, firstLine: FirstLineIndent, line: 276);

    private static void AppendTable(Body body, TableBlock table)
    {
        var columns = table.Columns.Count > 0 ? table.Columns.Count : table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max();
        if (columns == 0)
        {
            return;
        }

        var fractions = OfficialFormat.ColumnFractions(table, columns);
        var widths = new int[columns];
        for (var i = 0; i < columns; i++)
        {
            widths[i] = i == columns - 1 ? TextWidth - widths.Take(i).Sum() : (int)Math.Round(fractions[i] * TextWidth);
        }

        var grid = new Table(TableProperties(bordered: true), Grid(widths));
        if (table.Columns.Count > 0)
        {
            grid.Append(TableRow(table, widths, OfficialFormat.FitRow(table.Columns, columns), RowKind.Header));
        }

        foreach (var row in table.Rows)
        {
            grid.Append(TableRow(table, widths, OfficialFormat.FitRow(row, columns), RowKind.Body));
        }

        if (table.TotalsRow is { } totals)
        {
            grid.Append(TableRow(table, widths, OfficialFormat.FitRow(totals, columns), RowKind.Totals));
        }

        body.Append(grid);
        // Word needs a paragraph between two tables or they merge; it also gives room after the table.
        body.Append(Line(string.Empty, JustificationValues.Left, size: TableSize, after: 60));
    }

    private enum RowKind
    {
        Header,
        Body,
        Totals,
    }

    private static TableRow TableRow(TableBlock table, int[] widths, IReadOnlyList<string> cells, RowKind kind)
    {
        var row = new TableRow();
        if (kind == RowKind.Header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var justification = kind == RowKind.Header
                ? JustificationValues.Center
                : OfficialFormat.Alignment(table, i) switch
                {
                    ColumnAlignment.Center => JustificationValues.Center,
                    ColumnAlignment.Right => JustificationValues.Right,
                    _ => JustificationValues.Left,
                };
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString() },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                TableLine(cells[i], justification, bold: kind != RowKind.Body)));
        }

        return row;
    }

    private static void AppendSignaturesAndRecipients(Body body, OfficialDocument document)
    {
        var signatures = document.Signatures;
        var recipients = OfficialFormat.RecipientLines(document.Recipients, document.Archive);
        if (signatures.Count == 1)
        {
            const int left = 4200;
            body.Append(new Table(
                TableProperties(bordered: false),
                Grid([left, TextWidth - left]),
                new TableRow(
                    new TableRowProperties(new CantSplit()),
                    RecipientsCell(left, recipients),
                    SignatureCell(TextWidth - left, signatures[0]))));
            return;
        }

        if (signatures.Count > 1)
        {
            var widths = new int[signatures.Count];
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = i == widths.Length - 1 ? TextWidth - widths.Take(i).Sum() : TextWidth / widths.Length;
            }

            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < signatures.Count; i++)
            {
                row.Append(SignatureCell(widths[i], signatures[i]));
            }

            body.Append(new Table(TableProperties(bordered: false), Grid(widths), row));
        }

        if (recipients.Count > 0)
        {
            body.Append(Line(OfficialFormat.RecipientsLabel, JustificationValues.Left, bold: true, italic: true, size: RecipientsLabelSize, before: 240, keepNext: true));
            foreach (var line in recipients)
            {
                body.Append(Line(line, JustificationValues.Left, size: RecipientsSize, keepNext: true));
            }
        }
    }

    private static TableCell RecipientsCell(int width, IReadOnlyList<string> recipients)
    {
        var cell = new TableCell(CellWidth(width));
        if (recipients.Count == 0)
        {
            cell.Append(new Paragraph());
            return cell;
        }

        cell.Append(Line(OfficialFormat.RecipientsLabel, JustificationValues.Left, bold: true, italic: true, size: RecipientsLabelSize, before: 120));
        foreach (var line in recipients)
        {
            cell.Append(Line(line, JustificationValues.Left, size: RecipientsSize));
        }

        return cell;
    }

    private static TableCell SignatureCell(int width, SignatureBlock signature)
    {
        var cell = new TableCell(CellWidth(width));
        cell.Append(Line(string.Empty, JustificationValues.Center, size: RecipientsSize, before: 120));
        foreach (var text in new[] { signature.Caption, signature.Authority, signature.Title })
        {
            var line = OfficialFormat.Clean(text).Trim();
            if (line.Length > 0)
            {
                cell.Append(Line(line.ToUpperInvariant(), JustificationValues.Center, bold: true));
            }
        }

        // Room for the signature and the seal.
        for (var i = 0; i < 4; i++)
        {
            cell.Append(Line(string.Empty, JustificationValues.Center));
        }

        cell.Append(Line(OfficialFormat.Clean(signature.Name).Trim(), JustificationValues.Center, bold: true));
        return cell;
    }

    private static TableProperties TableProperties(bool bordered)
    {
        BorderValues value = bordered ? BorderValues.Single : BorderValues.Nil;
        uint size = bordered ? 4U : 0U;
        // Schema order: top, left, bottom, right, insideH, insideV.
        return new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString() },
            new TableBorders(
                new TopBorder { Val = value, Size = size, Space = 0, Color = "000000" },
                new LeftBorder { Val = value, Size = size, Space = 0, Color = "000000" },
                new BottomBorder { Val = value, Size = size, Space = 0, Color = "000000" },
                new RightBorder { Val = value, Size = size, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = value, Size = size, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = value, Size = size, Space = 0, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            // Layout tables (header, signatures) use the whole width: the motto line just fits.
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = (short)(bordered ? 108 : 0), Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = (short)(bordered ? 108 : 0), Type = TableWidthValues.Dxa }));
    }

    private static TableGrid Grid(int[] widths)
    {
        var grid = new TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new GridColumn { Width = width.ToString() });
        }

        return grid;
    }

    private static TableCellProperties CellWidth(int width) =>
        new(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });

    /// <summary>A short centred rule: an empty, very low paragraph whose bottom border spans <paramref name="length"/>.</summary>
    private static Paragraph Rule(int containerWidth, int length)
    {
        var indent = Math.Max(0, (containerWidth - length) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "120", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent.ToString(), Right = indent.ToString() },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" })));
    }

    private static Paragraph Line(
        string text,
        JustificationValues justification,
        bool bold = false,
        bool italic = false,
        int size = BodySize,
        int before = 0,
        int after = 0,
        int firstLine = 0,
        int leftIndent = 0,
        int line = 240,
        bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString(), Line = line.ToString(), LineRule = LineSpacingRuleValues.Auto });
        if (firstLine > 0 || leftIndent > 0)
        {
            var indentation = new Indentation { Left = leftIndent.ToString() };
            if (firstLine > 0)
            {
                indentation.FirstLine = firstLine.ToString();
            }

            properties.Append(indentation);
        }

        properties.Append(new Justification { Val = justification });
        var markProperties = RunProperties(bold, italic, size);
        properties.Append(new ParagraphMarkRunProperties(markProperties.ChildElements.Select(e => e.CloneNode(true))));

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, bold, italic, size));
        }

        return paragraph;
    }

    /// <summary>A table cell's paragraph: one of the table styles, and a run that is bold or plain.</summary>
    private static Paragraph TableLine(string text, JustificationValues justification, bool bold)
    {
        var style = justification == JustificationValues.Center ? TableCenterStyle
            : justification == JustificationValues.Right ? TableRightStyle
            : TableTextStyle;
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, bold, italic: false, size: null));
        }

        return paragraph;
    }

    // A null size keeps the paragraph style's.
    private static Run TextRun(string text, bool bold, bool italic, int? size)
    {
        var run = new Run();
        var runProperties = RunProperties(bold, italic, size);
        if (runProperties.HasChildren)
        {
            run.Append(runProperties);
        }

        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[l].Split('\t');
            for (var t = 0; t < parts.Length; t++)
            {
                if (t > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[t].Length > 0)
                {
                    var part = new Text(parts[t]);
                    if (char.IsWhiteSpace(parts[t][0]) || char.IsWhiteSpace(parts[t][^1]) || parts[t].Contains("  ", StringComparison.Ordinal))
                    {
                        part.Space = SpaceProcessingModeValues.Preserve;
                    }

                    run.Append(part);
                }
            }
        }

        return run;
    }

    private static RunProperties RunProperties(bool bold, bool italic, int? size)
    {
        // Schema order: b, bCs, i, iCs, sz, szCs.
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        if (size is { } points && points != BodySize)
        {
            properties.Append(new FontSize { Val = points.ToString() }, new FontSizeComplexScript { Val = points.ToString() });
        }

        return properties;
    }
}

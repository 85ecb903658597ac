using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FireSafety.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a PDF with the same layout as <see cref="OfficialDocx"/>
/// (A4, margins 20/20/30/15 mm, Times New Roman metrics, page numbers from page 2 on), laid out
/// here with PDFsharp: wrapped and justified paragraphs, tables whose header row repeats on each
/// page, signatures kept on one page. Needs Liberation Serif 2 (Debian fonts-liberation2) or,
/// on Windows, Times New Roman; throws <see cref="InvalidOperationException"/> naming the package otherwise.
/// </summary>
public static class OfficialPdf
{
    private const double BodySize = 14;
    private const double TableSize = 13;
    private const double HeaderSize = 13;
    private const double FirstLineIndent = 36; // 1.27 cm
    private const double BodyLineFactor = 1.15;
    private const double ParagraphAfter = 6;
    private const double CellPadding = 4;
    private const double CellPaddingVertical = 2;
    private const double RuleGap = 3; // below the descenders of the line above

    // Twip widths of OfficialDocx, so both writers split the width the same way.
    private const double HeaderLeftShare = 3800.0 / OfficialDocx.TextWidth;
    private const double SignatureLeftShare = 4200.0 / OfficialDocx.TextWidth;

    /// <summary>Writes the document to <paramref name="output"/> (which stays open).</summary>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        PdfFonts.EnsureInstalled();

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{OfficialFormat.Clean(document.Kind.Title)} {OfficialFormat.Clean(document.Subject)}".Trim();
        pdf.Info.Creator = "FireSafety";
        using (var layout = new PdfLayout(pdf))
        {
            Header(layout, document);
            Title(layout, document);
            Addressees(layout, document.Addressees);
            Blocks(layout, document.Body);
            SignaturesAndRecipients(layout, document);
        }

        pdf.Save(output, false);
    }

    private static void Header(PdfLayout layout, OfficialDocument document)
    {
        var header = document.Header;
        var leftWidth = layout.Width * HeaderLeftShare;
        var rightWidth = layout.Width - leftWidth;
        var rightX = layout.Left + leftWidth;
        var top = layout.Y;

        var left = layout.Lay(OfficialFormat.Clean(header.ParentBody).ToUpperInvariant(), layout.Font(HeaderSize), leftWidth, LineAlign.Center);
        left.AddRange(layout.Lay(OfficialFormat.Clean(header.IssuingBody).ToUpperInvariant(), layout.Font(HeaderSize, bold: true), leftWidth, LineAlign.Center));
        var motto = layout.Font(BodySize, bold: true);
        var right = layout.Lay(OfficialFormat.NationalName, layout.Font(HeaderSize, bold: true), rightWidth, LineAlign.Center);
        right.AddRange(layout.Lay(OfficialFormat.Motto, motto, rightWidth, LineAlign.Center));

        var leftHeight = layout.Place(left, layout.Left, top, leftWidth);
        var rightHeight = layout.Place(right, rightX, top, rightWidth);
        layout.Rule(layout.Left + leftWidth / 2, leftWidth * 1300 / 3800, top + leftHeight + RuleGap);
        layout.Rule(rightX + rightWidth / 2, layout.Measure(OfficialFormat.Motto, motto), top + rightHeight + RuleGap);

        top += Math.Max(leftHeight, rightHeight) + RuleGap + 8;
        var number = layout.Lay(OfficialFormat.NumberLine(header.Number, document.Kind.Code, header.IssuerCode), layout.Font(HeaderSize), leftWidth, LineAlign.Center);
        var date = layout.Lay(OfficialFormat.PlaceDateLine(header.Place, header.Date), layout.Font(BodySize, italic: true), rightWidth, LineAlign.Center);
        layout.Y = top + Math.Max(layout.Place(number, layout.Left, top, leftWidth), layout.Place(date, rightX, top, rightWidth));
    }

    private static void Title(PdfLayout layout, OfficialDocument document)
    {
        var bold = layout.Font(BodySize, bold: true);
        var lines = layout.Lay(OfficialFormat.Clean(document.Kind.Title).ToUpperInvariant(), bold, layout.Width, LineAlign.Center, before: 18);
        var subject = OfficialFormat.Clean(document.Subject).Trim();
        if (subject.Length > 0)
        {
            lines.AddRange(layout.Lay(subject, bold, layout.Width, LineAlign.Center));
        }

        layout.Ensure(PdfLayout.Height(lines) + 6);
        layout.Flow(lines, layout.Left, layout.Width);
        layout.Rule(layout.Left + layout.Width / 2, layout.Width * 1800 / OfficialDocx.TextWidth, layout.Y + RuleGap);
        layout.Y += RuleGap + 8;
    }

    private static void Addressees(PdfLayout layout, IReadOnlyList<string> addressees)
    {
        var names = addressees.Select(a => OfficialFormat.Clean(a).Trim()).Where(a => a.Length > 0).ToList();
        var font = layout.Font(BodySize);
        if (names.Count == 1)
        {
            layout.Flow(layout.Lay($"{OfficialFormat.AddresseesLabel} {names[0]}", font, layout.Width, LineAlign.Center, before: 6), layout.Left, layout.Width);
            layout.Y += 6;
        }
        else if (names.Count > 1)
        {
            var labelIndent = 85.0;
            var itemIndent = 142.0;
            layout.Flow(layout.Lay(OfficialFormat.AddresseesLabel, font, layout.Width - labelIndent, LineAlign.Left, before: 6), layout.Left + labelIndent, layout.Width - labelIndent);
            foreach (var name in names)
            {
                layout.Flow(layout.Lay("- " + name, font, layout.Width - itemIndent, LineAlign.Left), layout.Left + itemIndent, layout.Width - itemIndent);
            }

            layout.Y += 6;
        }
    }

    private static void Blocks(PdfLayout layout, IReadOnlyList<DocumentBlock> blocks)
    {
        var labels = OfficialFormat.HeadingLabels(blocks);
        var body = layout.Font(BodySize);
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Heading heading:
                    var level = OfficialFormat.HeadingLevel(heading);
                    var lines = layout.Lay(
                        $"{labels[i]} {OfficialFormat.Clean(heading.Text).Trim()}",
                        layout.Font(BodySize, bold: level < 3, italic: level == 3),
                        layout.Width,
                        LineAlign.Justify,
                        FirstLineIndent,
                        before: 6);
                    // Keep the heading with the first line of what follows.
                    layout.Ensure(PdfLayout.Height(lines) + body.GetHeight() * 2);
                    layout.Flow(lines, layout.Left, layout.Width);
                    layout.Y += 3;
                    break;
                case ParagraphBlock paragraph:
                    BodyText(layout, [(OfficialFormat.Clean(paragraph.Text), layout.Font(BodySize, italic: paragraph.Italic))]);
                    break;
                case BulletItem bullet:
                    BodyText(layout, [("- " + OfficialFormat.Clean(bullet.Text).Trim(), body)]);
                    break;
                case KeyValueLine keyValue:
                    BodyText(layout, [(OfficialFormat.Clean(keyValue.Key).Trim() + ": ", layout.Font(BodySize, bold: true)), (OfficialFormat.Clean(keyValue.Value), body)]);
                    break;
                case PageBreak:
                    layout.NewPage();
                    break;
                case TableBlock table:
                    Table(layout, table);
                    break;
            }
        }
    }

    private static void BodyText(PdfLayout layout, IEnumerable<(string Text, XFont Font)> runs)
    {
        layout.Flow(layout.Lay(runs, layout.Width, LineAlign.Justify, FirstLineIndent, BodyLineFactor), layout.Left, layout.Width);
        layout.Y += ParagraphAfter;
    }

    private sealed record PreparedRow(List<PdfLine>[] Cells, double LineHeight)
    {
        public int Lines => Cells.Max(c => c.Count);

        public double Height => Lines * LineHeight + 2 * CellPaddingVertical;
    }

    private static void Table(PdfLayout layout, TableBlock table)
    {
        var columns = table.Columns.Count > 0 ? table.Columns.Count : table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max();
        if (columns == 0)
        {
            return;
        }

        var widths = OfficialFormat.ColumnFractions(table, columns).Select(f => f * layout.Width).ToArray();
        var regular = layout.Font(TableSize);
        var bold = layout.Font(TableSize, bold: true);

        PreparedRow Prepare(IReadOnlyList<string>? cells, bool isHeader, bool isBold)
        {
            var fitted = OfficialFormat.FitRow(cells, columns);
            var prepared = new List<PdfLine>[columns];
            for (var c = 0; c < columns; c++)
            {
                var align = isHeader
                    ? LineAlign.Center
                    : OfficialFormat.Alignment(table, c) switch
                    {
                        ColumnAlignment.Center => LineAlign.Center,
                        ColumnAlignment.Right => LineAlign.Right,
                        _ => LineAlign.Left,
                    };
                prepared[c] = layout.Lay(fitted[c], isBold ? bold : regular, Math.Max(1, widths[c] - 2 * CellPadding), align);
            }

            return new PreparedRow(prepared, regular.GetHeight());
        }

        var header = table.Columns.Count > 0 ? Prepare(table.Columns, isHeader: true, isBold: true) : null;
        // A header taller than a third of a page is drawn once, not repeated.
        var repeated = header is not null && header.Height < PdfLayout.ContentHeight / 3 ? header : null;
        var rows = table.Rows.Select(r => Prepare(r, isHeader: false, isBold: false)).ToList();
        if (table.TotalsRow is { } totals)
        {
            rows.Add(Prepare(totals, isHeader: false, isBold: true));
        }

        if (header is not null)
        {
            layout.Ensure(header.Height + (rows.Count > 0 ? Math.Min(rows[0].Height, PdfLayout.ContentHeight / 2) : 0));
            DrawRow(layout, widths, header, null);
        }

        foreach (var row in rows)
        {
            var repeatHeight = repeated?.Height ?? 0;
            if (layout.Y + row.Height > layout.Bottom && row.Height <= PdfLayout.ContentHeight - repeatHeight)
            {
                NewTablePage(layout, widths, repeated);
            }

            DrawRow(layout, widths, row, repeated);
        }

        layout.Y += ParagraphAfter;
    }

    private static void NewTablePage(PdfLayout layout, double[] widths, PreparedRow? header)
    {
        layout.NewPage();
        if (header is not null)
        {
            DrawRow(layout, widths, header, null);
        }
    }

    /// <summary>Draws a row, splitting it between lines across pages when it is taller than the room left.</summary>
    private static void DrawRow(PdfLayout layout, double[] widths, PreparedRow row, PreparedRow? repeatedHeader)
    {
        var pen = new XPen(XColors.Black, 0.5);
        var total = Math.Max(1, row.Lines);
        var start = 0;
        while (start < total)
        {
            var room = (int)Math.Floor((layout.Bottom - layout.Y - 2 * CellPaddingVertical) / row.LineHeight);
            if (room < 1)
            {
                if (layout.AtPageTop)
                {
                    room = 1; // never loop on a page that cannot hold even one line
                }
                else
                {
                    NewTablePage(layout, widths, repeatedHeader);
                    continue;
                }
            }

            var count = Math.Min(room, total - start);
            var height = count * row.LineHeight + 2 * CellPaddingVertical;
            var x = layout.Left;
            for (var c = 0; c < widths.Length; c++)
            {
                layout.Graphics.DrawRectangle(pen, x, layout.Y, widths[c], height);
                var lines = row.Cells[c].Skip(start).Take(count).ToList();
                // Centred vertically when the whole row is on this page, as in the DOCX.
                var offset = start == 0 && count == total ? (count - lines.Count) * row.LineHeight / 2 : 0;
                layout.Place(lines, x + CellPadding, layout.Y + CellPaddingVertical + offset, widths[c] - 2 * CellPadding);
                x += widths[c];
            }

            layout.Y += height;
            start += count;
            if (start < total)
            {
                NewTablePage(layout, widths, repeatedHeader);
            }
        }
    }

    private static void SignaturesAndRecipients(PdfLayout layout, OfficialDocument document)
    {
        var signatures = document.Signatures;
        var recipients = OfficialFormat.RecipientLines(document.Recipients, document.Archive);
        if (signatures.Count == 1)
        {
            var leftWidth = layout.Width * SignatureLeftShare;
            var rightWidth = layout.Width - leftWidth;
            var left = RecipientLines(layout, recipients, leftWidth);
            var right = SignatureLines(layout, signatures[0], rightWidth);
            var height = Math.Max(PdfLayout.Height(left), PdfLayout.Height(right));
            layout.Ensure(height);
            var top = layout.Y;
            layout.Place(left, layout.Left, top, leftWidth);
            layout.Place(right, layout.Left + leftWidth, top, rightWidth);
            layout.Y = top + height;
            return;
        }

        if (signatures.Count > 1)
        {
            var width = layout.Width / signatures.Count;
            var columns = signatures.Select(s => SignatureLines(layout, s, width)).ToList();
            layout.Ensure(columns.Max(PdfLayout.Height));
            var top = layout.Y;
            for (var i = 0; i < columns.Count; i++)
            {
                layout.Place(columns[i], layout.Left + i * width, top, width);
            }

            layout.Y = top + columns.Max(PdfLayout.Height);
        }

        if (recipients.Count > 0)
        {
            var lines = RecipientLines(layout, recipients, layout.Width);
            layout.Ensure(PdfLayout.Height(lines));
            layout.Flow(lines, layout.Left, layout.Width);
        }
    }

    private static List<PdfLine> RecipientLines(PdfLayout layout, IReadOnlyList<string> recipients, double width)
    {
        if (recipients.Count == 0)
        {
            return [];
        }

        var lines = layout.Lay(OfficialFormat.RecipientsLabel, layout.Font(12, bold: true, italic: true), width, LineAlign.Left, before: 12);
        foreach (var recipient in recipients)
        {
            lines.AddRange(layout.Lay(recipient, layout.Font(11), width, LineAlign.Left));
        }

        return lines;
    }

    private static List<PdfLine> SignatureLines(PdfLayout layout, SignatureBlock signature, double width)
    {
        var bold = layout.Font(BodySize, bold: true);
        var lines = layout.Lay(string.Empty, layout.Font(11), width, LineAlign.Center, before: 6);
        foreach (var text in new[] { signature.Caption, signature.Authority, signature.Title })
        {
            var line = OfficialFormat.Clean(text).Trim();
            if (line.Length > 0)
            {
                lines.AddRange(layout.Lay(line.ToUpperInvariant(), bold, width, LineAlign.Center));
            }
        }

        // Room for the signature and the seal.
        for (var i = 0; i < 4; i++)
        {
            lines.AddRange(layout.Lay(string.Empty, bold, width, LineAlign.Center));
        }

        lines.AddRange(layout.Lay(OfficialFormat.Clean(signature.Name).Trim(), bold, width, LineAlign.Center));
        return lines;
    }
}

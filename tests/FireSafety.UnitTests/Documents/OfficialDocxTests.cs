using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FireSafety.Core.Documents;

namespace FireSafety.UnitTests.Documents;

public sealed class OfficialDocxTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Write_PassesTheOpenXmlValidator(string name)
    {
        using var word = Open(SampleDocuments.ByName(name));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Write_PageIsA4WithTheDecreeMargins()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var section = word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1701U, margin.Left!.Value);
        Assert.Equal(850U, margin.Right!.Value);
    }

    [Fact]
    public void Write_BodyIsTimesNewRoman14()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void Write_HeaderHasTheNumberTheMottoAndAnItalicDate()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var body = word.MainDocumentPart!.Document!.Body!;
        var header = body.Elements<Table>().First();

        Assert.NotNull(header.GetFirstChild<TableGrid>());
        Assert.Contains(header.Descendants<Paragraph>(), p => p.InnerText == "Số: 05/BC-STP");
        Assert.True(RunOf(header, "SỞ TƯ PHÁP").RunProperties?.Bold is not null);
        Assert.True(RunOf(header, "UBND TỈNH HÀ TĨNH").RunProperties?.Bold is null);
        Assert.True(RunOf(header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").RunProperties?.Bold is not null);
        Assert.True(RunOf(header, "Độc lập - Tự do - Hạnh phúc").RunProperties?.Bold is not null);
        var date = RunOf(header, "Hà Tĩnh, ngày 05 tháng 01 năm 2027");
        Assert.NotNull(date.RunProperties?.Italic);
        Assert.Null(date.RunProperties?.Bold);
        Assert.Contains(header.Descendants<ParagraphBorders>(), b => b.BottomBorder is not null);
    }

    [Fact]
    public void Write_TitleAndSubjectAreBoldAndCentred()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var body = word.MainDocumentPart!.Document!.Body!;

        foreach (var text in new[] { "BÁO CÁO", SampleDocuments.Subject })
        {
            var paragraph = body.Elements<Paragraph>().Single(p => p.InnerText == text);
            Assert.Equal(JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
            Assert.NotNull(paragraph.Descendants<Run>().Single().RunProperties!.Bold);
        }

        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Kính gửi: Công an tỉnh Hà Tĩnh");
    }

    [Fact]
    public void Write_BodyParagraphsAreJustifiedWithAFirstLineIndent()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var paragraph = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Single(p => p.InnerText.StartsWith("Thực hiện Công văn", StringComparison.Ordinal));

        Assert.Equal(JustificationValues.Both, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("720", paragraph.ParagraphProperties.Indentation!.FirstLine!.Value);
    }

    [Fact]
    public void Write_HeadingsAreNumbered()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var texts = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("I. TÌNH HÌNH CHUNG", texts);
        Assert.Contains("II. KẾT QUẢ THỰC HIỆN", texts);
        Assert.Contains("1. Công tác lãnh đạo, chỉ đạo, tuyên truyền", texts);
        Assert.Contains("a) Tuyên truyền", texts);
        Assert.Contains("III. PHƯƠNG HƯỚNG NĂM 2027", texts);
        Assert.Contains("- Tổ chức 04 buổi tuyên truyền với 230 lượt người tham dự.", texts);
    }

    [Fact]
    public void Write_PageNumbersInTheDefaultHeaderAndNoneOnPageOne()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var defaultHeader = ((HeaderPart)main.GetPartById(references[HeaderFooterValues.Default])).Header!;
        var firstHeader = ((HeaderPart)main.GetPartById(references[HeaderFooterValues.First])).Header!;

        var field = Assert.Single(defaultHeader.Descendants<SimpleField>());
        Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
        Assert.Equal(JustificationValues.Center, defaultHeader.Descendants<Justification>().Single().Val!.Value);
        Assert.Empty(firstHeader.Descendants<SimpleField>());
        Assert.Equal(string.Empty, firstHeader.InnerText);
    }

    [Fact]
    public void Write_TableHasAGridARepeatedHeaderRowAndABoldTotalsRow()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Bình chữa cháy", StringComparison.Ordinal));

        var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(4, columns.Count);
        Assert.Equal(11906 - 1701 - 850, columns.Sum());
        Assert.True(columns[1] > columns[0] * 5);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.NotNull(RunOf(rows[^1], "Tổng cộng").RunProperties!.Bold);
        // Cells take 13 pt and their spacing from one paragraph style, not from each run.
        var cell = RunOf(rows[1], "Văn phòng Sở");
        Assert.Null(cell.RunProperties?.FontSize);
        var styleId = Assert.IsType<Paragraph>(cell.Parent).ParagraphProperties!.ParagraphStyleId!.Val!.Value;
        var style = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == styleId);
        Assert.Equal("26", style.StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("40", style.StyleParagraphProperties!.SpacingBetweenLines!.Before!.Value);
        Assert.Equal("Normal", style.BasedOn!.Val!.Value);
        // Other alignments are variants of that style: the number column is centred.
        var number = Assert.IsType<Paragraph>(RunOf(rows[1], "1").Parent);
        var numberStyle = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == number.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(styleId, numberStyle.BasedOn!.Val!.Value);
        Assert.Equal(JustificationValues.Center, numberStyle.StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Write_RecipientsAreBoldItalic12WithAnEleventPointList()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var body = word.MainDocumentPart!.Document!.Body!;

        var label = RunOf(body, "Nơi nhận:");
        Assert.NotNull(label.RunProperties!.Bold);
        Assert.NotNull(label.RunProperties.Italic);
        Assert.Equal("24", label.RunProperties.FontSize!.Val!.Value);
        var archive = RunOf(body, "- Lưu: VT, VP.");
        Assert.Equal("22", archive.RunProperties!.FontSize!.Val!.Value);
        Assert.NotNull(RunOf(body, "- Công an tỉnh (để b/c);"));
    }

    [Fact]
    public void Write_SignatureHasAuthorityTitleAndNameInBold()
    {
        using var word = Open(SampleDocuments.AnnualReport());
        var body = word.MainDocumentPart!.Document!.Body!;

        foreach (var text in new[] { "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Ánh" })
        {
            Assert.NotNull(RunOf(body, text).RunProperties!.Bold);
        }
    }

    [Fact]
    public void Write_MinutesHaveTwoSignaturesSideBySide()
    {
        using var word = Open(SampleDocuments.Minutes());
        var body = word.MainDocumentPart!.Document!.Body!;

        var row = body.Elements<Table>().Last().Elements<TableRow>().Single();
        var cells = row.Elements<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Contains("ĐẠI DIỆN ĐOÀN KIỂM TRA", cells[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("ĐẠI DIỆN ĐƠN VỊ", cells[1].InnerText, StringComparison.Ordinal);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "Số: 12/BB-STP");
        Assert.Contains(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
    }

    [Fact]
    public void Write_OddInput_DropsControlCharactersAndKeepsTheRest()
    {
        using var word = Open(SampleDocuments.Odd());
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.DoesNotContain('\u0000', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("UBND TỈNH <HÀ> & \"TĨNH\"", text, StringComparison.Ordinal);
        Assert.Contains("Tiêu đề", text, StringComparison.Ordinal);
        Assert.Contains("🔥", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();

        OfficialDocx.Write(SampleDocuments.Empty(), stream);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }

    private static WordprocessingDocument Open(OfficialDocument document)
    {
        var stream = new MemoryStream();
        OfficialDocx.Write(document, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    private static Run RunOf(OpenXmlElement root, string text) =>
        root.Descendants<Run>().First(r => r.InnerText == text);
}

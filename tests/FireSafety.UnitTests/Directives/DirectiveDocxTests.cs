using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

/// <summary>The seed letter as Word lays it out: header and signature tables, automatic list numbers.</summary>
public sealed class DirectiveDocxTests
{
    private const int HeadingList = 1;
    private const int BulletList = 2;

    [Fact]
    public void SeedLetterAsDocx_ReadsLikeTheText()
    {
        var text = DirectiveFixtures.Read(DirectiveFixtures.Seed);
        using var docx = SeedDocx(text);

        var extracted = DirectiveDocx.ExtractText(docx);
        var fromDocx = DirectiveTextParser.Parse(extracted);

        Assert.Equal(DirectiveJson.Serialize(DirectiveTextParser.Parse(text)), DirectiveJson.Serialize(fromDocx));
    }

    [Fact]
    public void ExtractText_WritesListNumbersAndTableColumns()
    {
        using var docx = SeedDocx(DirectiveFixtures.Read(DirectiveFixtures.Seed));

        var lines = DirectiveDocx.ExtractText(docx).Split('\n');

        Assert.Contains("Số: 757/STP-VP    Hà Tĩnh, ngày 19 tháng 8 năm 2022", lines);
        Assert.Contains("1. Đối với các Phòng, Trung tâm thuộc Sở:", lines);
        Assert.Contains("2. Đối với Văn phòng Sở:", lines);
        Assert.Contains("Nơi nhận:    TL. GIÁM ĐỐC", lines);
        Assert.Equal(5, lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Length > 50));
    }

    [Fact]
    public void ExtractText_NotADocx_Throws()
    {
        using var garbage = new MemoryStream("không phải tệp Word"u8.ToArray());

        Assert.ThrowsAny<Exception>(() => DirectiveDocx.ExtractText(garbage));
    }

    /// <summary>A .docx of the seed letter built with the Open XML SDK, texts taken from the fixture.</summary>
    internal static MemoryStream SeedDocx(string seed)
    {
        var lines = seed.Split('\n').Select(l => l.Trim().TrimEnd('\\').Replace("**", string.Empty, StringComparison.Ordinal).Trim()).ToList();
        var intro = lines.Single(l => l.StartsWith("Thực hiện Kế hoạch", StringComparison.Ordinal));
        var closing = lines.Single(l => l.StartsWith("Đề nghị Trưởng", StringComparison.Ordinal));
        var nơiNhận = lines.IndexOf("Nơi nhận:");
        var tasks = lines.Take(nơiNhận).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var distribution = lines.Skip(nơiNhận).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var body = new Body();
            body.Append(Table(
                ["UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP", "Số: 757/STP-VP", "V/v thực hiện Kết luận số 02-KL/TW", "của Ban Bí thư về công tác", "phòng cháy, chữa cháy"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 19 tháng 8 năm 2022"]));
            body.Append(Paragraph("Kính gửi: Trưởng các Phòng, Trung tâm thuộc Sở"), Paragraph(intro));
            body.Append(Paragraph("Đối với các Phòng, Trung tâm thuộc Sở:", HeadingList));
            body.Append(tasks.Take(3).Select(t => Paragraph(t, BulletList)));
            body.Append(Paragraph("Đối với Văn phòng Sở:", HeadingList));
            body.Append(tasks.Skip(3).Select(t => Paragraph(t, BulletList)));
            body.Append(Paragraph(closing));
            body.Append(Table(["Nơi nhận:", .. distribution], ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", string.Empty, string.Empty, "Trần Thị Kiều Oanh"]));
            main.Document = new Document(body);
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Paragraph(string text, int list = 0)
    {
        var paragraph = new Paragraph();
        if (list != 0)
        {
            paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = list })));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(string[] left, string[] right) =>
        new(new TableRow(
            new TableCell([.. left.Select(l => Paragraph(l))]),
            new TableCell([.. right.Select(r => Paragraph(r))])));

    private static Numbering Numbering() =>
        new(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 10 },
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 0 }) { AbstractNumberId = 20 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = HeadingList },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = BulletList });
}

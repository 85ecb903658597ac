using FireSafety.Core.Documents;
using PdfSharp.Pdf.IO;

namespace FireSafety.UnitTests.Documents;

public sealed class OfficialPdfTests
{
    [SkippableFact]
    public void Write_VietnameseTextRoundTrips()
    {
        PdfTools.RequirePdfToText();

        var text = PdfTools.Text(Write(SampleDocuments.AnnualReport()));

        ContainsAll(
            text,
            "BÁO CÁO Kết quả công tác phòng cháy, chữa cháy năm 2026",
            "UBND TỈNH HÀ TĨNH",
            "SỞ TƯ PHÁP",
            "Số: 05/BC-STP",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Tĩnh, ngày 05 tháng 01 năm 2027",
            "Kính gửi: Công an tỉnh Hà Tĩnh",
            "I. TÌNH HÌNH CHUNG",
            "a) Tuyên truyền",
            "Trung tâm Trợ giúp pháp lý nhà nước",
            "Tổng cộng",
            "KT. GIÁM ĐỐC",
            "Nguyễn Văn Ánh",
            "- Lưu: VT, VP.");
    }

    [SkippableFact]
    public void Write_JustifiedParagraphKeepsItsWordsInOrder()
    {
        PdfTools.RequirePdfToText();

        var text = PdfTools.Text(Write(SampleDocuments.AnnualReport()));

        Assert.Contains(
            "Thực hiện Công văn số 757/STP-VP ngày 19/8/2022 của Sở Tư pháp về thực hiện Kết luận số 02-KL/TW của Ban Bí thư, Sở Tư pháp báo cáo kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026 như sau:",
            text,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Write_LongTable_PaginatesRepeatsTheHeaderAndNumbersPagesFromTwo()
    {
        PdfTools.RequirePdfToText();

        var pdf = Write(SampleDocuments.LongTable(120));
        var pages = PageCount(pdf);

        Assert.True(pages > 1, $"{pages} page(s)");
        var first = PdfTools.Text(pdf, 1);
        Assert.DoesNotMatch(@"^\d+ ", first);
        for (var page = 2; page <= pages; page++)
        {
            var text = PdfTools.Text(pdf, page, layout: true);
            Assert.StartsWith($"{page} ", text, StringComparison.Ordinal);
            if (page < pages)
            {
                Assert.Contains("STT Phương tiện Vị trí", text, StringComparison.Ordinal);
            }
        }

        var all = PdfTools.Text(pdf);
        Assert.Contains("Bình bột chữa cháy MFZL4 số 120", all, StringComparison.Ordinal);
        Assert.Contains("Phạm Thị Dung", all, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Write_Minutes_HaveBothSignaturesAndTheRecipients()
    {
        PdfTools.RequirePdfToText();

        var pdf = Write(SampleDocuments.Minutes());
        var text = PdfTools.Text(pdf);

        Assert.Equal(2, PageCount(pdf));
        ContainsAll(
            text,
            "BIÊN BẢN Kiểm tra an toàn phòng cháy, chữa cháy",
            "Số: 12/BB-STP",
            "Địa điểm: số 5 đường Nguyễn Chí Thanh",
            "ĐẠI DIỆN ĐOÀN KIỂM TRA",
            "ĐẠI DIỆN ĐƠN VỊ",
            "Nơi nhận: - Đơn vị được kiểm tra; - Lưu: VT, VP.");
    }

    [SkippableTheory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Write_AnyDocument_GivesAReadablePdf(string name)
    {
        PdfTools.RequireFonts();

        var pdf = Write(SampleDocuments.ByName(name));

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.True(PageCount(pdf) >= 1);
    }

    [SkippableFact]
    public void Write_FromSeveralThreadsAtOnce_InstallsTheFontsOnce()
    {
        PdfTools.RequireFonts();

        var sizes = Enumerable.Range(0, 4).AsParallel().Select(_ => Write(SampleDocuments.Minutes()).Length).ToList();

        Assert.All(sizes, size => Assert.True(size > 1000));
    }

    [Theory]
    [InlineData(true, null, PdfTools.Outcome.Run)]
    [InlineData(true, "1", PdfTools.Outcome.Run)]
    [InlineData(false, null, PdfTools.Outcome.Skip)]
    [InlineData(false, "0", PdfTools.Outcome.Skip)]
    [InlineData(false, "1", PdfTools.Outcome.Fail)]
    public void MissingPdfToText_IsSkippedLocallyAndFailsInCi(bool available, string? variable, PdfTools.Outcome expected)
    {
        Assert.Equal(expected, PdfTools.Decide(available, variable));
    }

    [Fact]
    public void Fonts_Missing_FailWithWhatToInstall()
    {
        var missing = new PdfFonts.FontSet("/nonexistent/fonts", ["a.ttf", "b.ttf", "c.ttf", "d.ttf"]);

        var error = Assert.Throws<InvalidOperationException>(() => PdfFonts.Load([missing]));

        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/fonts", error.Message, StringComparison.Ordinal);
    }

    private static void ContainsAll(string text, params string[] expected)
    {
        var missing = expected.Where(e => !text.Contains(e, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"Missing: {string.Join(" | ", missing)}{Environment.NewLine}in: {text}");
    }

    private static byte[] Write(OfficialDocument document)
    {
        using var stream = new MemoryStream();
        OfficialPdf.Write(document, stream);
        return stream.ToArray();
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Actions;
using FireSafety.Core.Documents;
using FireSafety.Core.Inspections;

namespace FireSafety.UnitTests.Inspections;

public sealed class InspectionMinutesTests
{
    private static MinutesData Data(params (string, string, Severity, string?, DateOnly?)[] findings) => new(
        "Sở Tư pháp", "Phòng Hành chính tư pháp", "HCTP", "Trần Văn Chung", "Hà Tĩnh", "Trụ sở", "Số 1 Trần Phú", "Tầng 1; Kho lưu trữ",
        [("Nguyễn Văn An", "Trưởng phòng"), ("Lê Thị Bình", null)],
        new DateOnly(2026, 11, 10), new DateTime(2026, 11, 10, 8, 5, 0), new DateTime(2026, 11, 10, 9, 30, 0),
        SeedChecklist.Name, 1,
        [("A", "Hồ sơ và tổ chức", 4, 1, 0), ("B", "Hệ thống điện", 3, 0, 1)],
        findings, 7, 8, "Bổ sung bình chữa cháy.");

    [Fact]
    public void Minutes_HaveTheOfficialHeader_TitleAndBothSignatures()
    {
        var document = InspectionMinutes.Build(Data(("E1", "Bình chữa cháy đủ số lượng", Severity.Critical, "Thiếu bình tầng 2.", new DateOnly(2026, 11, 17))));

        Assert.Equal(DocumentKind.Minutes, document.Kind);
        Assert.Equal("SỞ TƯ PHÁP", document.Header.ParentBody);
        Assert.Equal("PHÒNG HÀNH CHÍNH TƯ PHÁP", document.Header.IssuingBody);
        Assert.Equal(new DateOnly(2026, 11, 10), document.Header.Date);
        Assert.Equal(["ĐẠI DIỆN ĐOÀN KIỂM TRA", "ĐẠI DIỆN ĐƠN VỊ"], document.Signatures.Select(s => s.Caption));
        Assert.Equal("Nguyễn Văn An", document.Signatures[0].Name);
        Assert.Contains(document.Body, b => b is TableBlock t && t.Rows.Any(r => r[1].StartsWith("E1.", StringComparison.Ordinal) && r[4] == "17/11/2026"));
        Assert.Contains(document.Body, b => b is BulletItem { Text: "Nguyễn Văn An – Trưởng phòng" });
        Assert.Contains(document.Body, b => b is ParagraphBlock p && p.Text.Contains("Hồi 08 giờ 05 phút", StringComparison.Ordinal));
    }

    [Fact]
    public void Minutes_WithoutFindings_SayNone_AndTheDocxIsValid()
    {
        var document = InspectionMinutes.Build(Data());
        using var stream = new MemoryStream();

        OfficialDocx.Write(document, stream);

        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        Assert.Contains("Không phát hiện tồn tại, thiếu sót.", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }
}

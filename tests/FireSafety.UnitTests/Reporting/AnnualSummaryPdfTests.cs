using FireSafety.Core.Documents;
using FireSafety.Core.Reporting;
using FireSafety.UnitTests.Documents;

namespace FireSafety.UnitTests.Reporting;

/// <summary>The annual summary as the provincial police will read it: the PDF's text, read back by pdftotext.</summary>
public sealed class AnnualSummaryPdfTests
{
    [SkippableFact]
    public void SentSummary_Pdf_HasTheVietnameseTitle_Addressee_Figures_AndDifficulties()
    {
        PdfTools.RequirePdfToText();
        var figures = new SummaryFigures(
            2026,
            new DateTime(2026, 12, 31, 16, 59, 0, DateTimeKind.Utc),
            [
                new SummarySection(SituationSection.Key, "Tình hình chung", [new("units", "Số đơn vị thuộc Sở", 7)]),
                new SummarySection(EquipmentSection.Key, "Trang bị, kiểm tra, bảo dưỡng phương tiện PCCC", [new("in-service", "Số phương tiện đang sử dụng", 1234, "/Equipment?status=InService")]),
            ],
            [new("equipment", "Phương tiện")],
            [new AppendixRow(2, "Văn phòng Sở", new Dictionary<string, long> { ["equipment"] = 1234 })],
            [new RaisedDifficulty("Phòng Hành chính tư pháp", "Thiếu bình chữa cháy dự phòng", false)]);
        var summary = new AnnualSummary { Year = 2026, Assessment = "Các đơn vị thực hiện nghiêm túc.", SentNumber = "05/BC-STP", SentOn = new DateOnly(2027, 1, 5) };

        using var stream = new MemoryStream();
        OfficialPdf.Write(AnnualSummaryDocument.Build(summary, figures, new ReportingOptions()), stream);
        var text = PdfTools.Text(stream.ToArray());

        foreach (var expected in new[]
        {
            "BÁO CÁO Kết quả công tác phòng cháy, chữa cháy năm 2026",
            "Kính gửi: Công an tỉnh Hà Tĩnh",
            "Số: 05/BC-STP",
            "Hà Tĩnh, ngày 05 tháng 01 năm 2027",
            "Trang bị, kiểm tra, bảo dưỡng phương tiện PCCC",
            "Số phương tiện đang sử dụng: 1.234.",
            "Khó khăn, vướng mắc các đơn vị nêu trong năm:",
            "Phòng Hành chính tư pháp: Thiếu bình chữa cháy dự phòng.",
            "Các đơn vị thực hiện nghiêm túc.",
        })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in: {text}");
        }
    }
}

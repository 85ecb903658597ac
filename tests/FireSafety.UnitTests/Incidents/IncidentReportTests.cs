using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FireSafety.Core.Documents;
using FireSafety.Core.Incidents;

namespace FireSafety.UnitTests.Incidents;

public sealed class IncidentReportTests
{
    private static IncidentReportData Data(bool complete = true)
    {
        var occurred = new DateTime(2026, 3, 15, 0, 5, 0, DateTimeKind.Utc); // 07:05 in Vietnam
        var incident = new Incident
        {
            Id = 12,
            Type = IncidentType.Fire,
            Place = "Kho lưu trữ hồ sơ",
            Summary = "Chập điện ổ cắm kéo dài, cháy một phần giá hồ sơ.",
            OccurredAtUtc = occurred,
            DetectedAtUtc = complete ? occurred.AddMinutes(2) : null,
            ReportedAtUtc = complete ? occurred.AddMinutes(5) : null,
            ReportedTo = complete ? "114" : null,
            Description = complete ? "Nhân viên phát hiện khói, ngắt cầu dao, dùng 4 bình bột." : null,
            Injured = complete ? 1 : 0,
            Rescued = complete ? 2 : 0,
            PropertyLostVnd = complete ? 15_000_000 : 0,
            PropertySavedVnd = complete ? 250_000_000 : 0,
            ForcesMobilised = complete ? "Đội PCCC cơ sở 6 người" : null,
            OnSiteCommand = complete,
            OnSiteForces = complete,
            OnSiteNotes = complete ? "Chánh Văn phòng chỉ huy tại chỗ <đến 07:30> & báo cáo" : null,
        };
        return new IncidentReportData(incident, "Phòng Hành chính tư pháp", "HCTP", "Sở Tư pháp tỉnh Hà Tĩnh", "Phạm Thị Hồng", "Hà Tĩnh", new DateOnly(2026, 3, 16))
        {
            Cause = complete ? "01 — Sự cố hệ thống, thiết bị điện" : null,
            Timeline = [new IncidentTimelineEntry { AtUtc = occurred.AddMinutes(10), Text = "Báo nhanh", UserName = "hctp@firesafety.local" }],
            FollowUps = complete ? ["Thay toàn bộ ổ cắm kéo dài ở kho — Văn phòng — hạn 30/03/2026"] : [],
        };
    }

    private static WordprocessingDocument Open(IncidentReportData data)
    {
        var stream = new MemoryStream();
        OfficialDocx.Write(IncidentReport.Build(data), stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Report_PassesTheOpenXmlValidator(bool complete)
    {
        using var word = Open(Data(complete));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Report_HasTheHeaderSubjectFiguresAndFollowUps()
    {
        using var word = Open(Data());
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

        Assert.Contains("PHÒNG HÀNH CHÍNH TƯ PHÁP", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Vụ cháy xảy ra ngày 15/03/2026 tại Kho lưu trữ hồ sơ", text, StringComparison.Ordinal);
        Assert.Contains("Hà Tĩnh, ngày 16 tháng 03 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("07:05 ngày 15/03/2026", text, StringComparison.Ordinal);
        Assert.Contains("15.000.000", text, StringComparison.Ordinal);
        Assert.Contains("01 — Sự cố hệ thống, thiết bị điện", text, StringComparison.Ordinal);
        Assert.Contains("Chỉ huy tại chỗ: có.", text, StringComparison.Ordinal);
        Assert.Contains("Hậu cần tại chỗ: không.", text, StringComparison.Ordinal);
        Assert.Contains("Thay toàn bộ ổ cắm kéo dài ở kho", text, StringComparison.Ordinal);
        Assert.Contains("<đến 07:30> & báo cáo", text, StringComparison.Ordinal);
        Assert.Contains("Phạm Thị Hồng", text, StringComparison.Ordinal);
        Assert.Contains("Lưu: VT, HCTP.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuickReportOnly_SaysWhatIsNotYetKnown()
    {
        var document = IncidentReport.Build(Data(complete: false));

        Assert.Contains(document.Body, b => b is KeyValueLine { Key: "Nhóm nguyên nhân", Value: "Chưa xác định" });
        Assert.Contains(document.Body, b => b is ParagraphBlock { Text: "Chưa có biện pháp khắc phục được giao." });
        Assert.Equal("bao-cao-su-viec-12-20260315.docx", IncidentReport.FileName(Data().Incident));
    }
}

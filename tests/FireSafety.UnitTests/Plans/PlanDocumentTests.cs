using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FireSafety.Core.Documents;
using FireSafety.Core.Plans;

namespace FireSafety.UnitTests.Plans;

public sealed class PlanDocumentTests
{
    private static ResponsePlan Plan(bool approved) => new()
    {
        Revision = 2,
        Status = approved ? PlanStatus.Approved : PlanStatus.Draft,
        ApprovedBy = approved ? "Lê Minh Đức, Phó Giám đốc Sở" : null,
        ApprovedOn = approved ? new DateOnly(2026, 5, 4) : null,
        Title = "Phương án chữa cháy, cứu nạn, cứu hộ tại chỗ",
        CommandSection = "- Chỉ huy: Chánh Văn phòng\n- Khi vắng: Phó Chánh Văn phòng",
        ForcesSection = "Đội PCCC cơ sở 8 người.",
        EquipmentSection = "Bình MFZ4 mỗi tầng.",
        LogisticsSection = string.Empty,
        Scenarios = [new PlanScenario { SortOrder = 1, AreaName = "Kho lưu trữ", DuringWorkingHours = false, Description = "Cháy ban đêm", Actions = "Báo 114" }],
        Contacts = [new PlanContact { SortOrder = 1, Role = "Chỉ huy", Name = "Trần Thị Kiều Oanh", Phone = "0239 3855 123" }],
    };

    private static PlanDocumentData Data(bool approved, params Drill[] drills) => new(
        "Sở Tư pháp tỉnh Hà Tĩnh", "Văn phòng Sở", "VP", "Trần Thị Kiều Oanh", "Hà Tĩnh", "Trụ sở Sở Tư pháp", "Số 2 Nguyễn Chí Thanh", Plan(approved), drills);

    [Fact]
    public void Plan_IsAKh_WithTheFourSections_ScenariosContactsAndApprover()
    {
        var document = PlanDocument.Build(Data(true, new Drill { HeldOn = new DateOnly(2026, 9, 9), Scenario = "Cháy kho", ParticipantCount = 40, PoliceParticipated = true }));

        Assert.Equal(DocumentKind.Plan, document.Kind);
        Assert.Equal("VĂN PHÒNG SỞ", document.Header.IssuingBody);
        Assert.Equal(new DateOnly(2026, 5, 4), document.Header.Date);
        Assert.Equal(PlanDocument.SectionTitles, document.Body.OfType<Heading>().Take(4).Select(h => h.Text));
        Assert.Contains(document.Body, b => b is BulletItem { Text: "Chỉ huy: Chánh Văn phòng" });
        Assert.Contains(document.Body, b => b is ParagraphBlock { Text: "(Chưa có nội dung.)" });
        Assert.Contains(document.Body, b => b is TableBlock t && t.Rows.Any(r => r[1] == "Kho lưu trữ" && r[2] == "Ngoài giờ làm việc"));
        Assert.Contains(document.Body, b => b is TableBlock t && t.Rows.Any(r => r[3] == "114"));
        Assert.Contains(document.Body, b => b is TableBlock t && t.Rows.Any(r => r[1] == "09/09/2026" && r[4] == "Có"));
        Assert.Equal(("PHÓ GIÁM ĐỐC SỞ", "Lê Minh Đức"), (document.Signatures[1].Title, document.Signatures[1].Name));
    }

    [Fact]
    public void Docx_IsValid_AndNamesTheFacilityAndTheFourSections()
    {
        using var stream = new MemoryStream();

        OfficialDocx.Write(PlanDocument.Build(Data(false)), stream);

        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Trụ sở Sở Tư pháp", text, StringComparison.Ordinal);
        Assert.All(PlanDocument.SectionTitles, title => Assert.Contains(title, text, StringComparison.Ordinal));
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Chưa tổ chức thực tập phương án.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lê Minh Đức, Phó Giám đốc Sở", "Lê Minh Đức", "Phó Giám đốc Sở")]
    [InlineData("Lê Minh Đức", "Lê Minh Đức", null)]
    [InlineData(" ", null, null)]
    public void Approver_SplitsIntoNameAndTitle(string approvedBy, string? name, string? title) =>
        Assert.Equal((name, title), PlanDocument.SplitApprover(approvedBy));
}

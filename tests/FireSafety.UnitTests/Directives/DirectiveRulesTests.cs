using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

/// <summary>The single rules: keywords, rhythms, deadlines, unit lists, symbols, odd input.</summary>
public sealed class DirectiveRulesTests
{
    [Theory]
    [InlineData("Tuyên truyền, phổ biến Luật cho công chức", TaskCategory.Dissemination)]
    [InlineData("Thường xuyên tự kiểm tra an toàn tại trụ sở", TaskCategory.SelfInspection)]
    [InlineData("Khắc phục kịp thời sơ hở, thiếu sót", TaskCategory.SelfInspection)]
    [InlineData("Trang bị phương tiện chữa cháy ban đầu", TaskCategory.Equipment)]
    [InlineData("Khi xảy ra cháy phải báo ngay số 114", TaskCategory.IncidentResponse)]
    [InlineData("Xây dựng phương án theo phương châm “4 tại chỗ”", TaskCategory.ResponsePlan)]
    [InlineData("Rà soát các điểm có nguy cơ cháy, nổ cao", TaskCategory.RiskPoints)]
    [InlineData("Tổng hợp kết quả, gửi Công an tỉnh", TaskCategory.Reporting)]
    [InlineData("Báo cáo định kỳ về Văn phòng Sở", TaskCategory.Reporting)]
    [InlineData("Tổ chức tập huấn nghiệp vụ cho đội cơ sở", TaskCategory.Training)]
    [InlineData("Phân công trực cơ quan dịp Tết", TaskCategory.Other)]
    public void Categories_KeywordRules(string text, TaskCategory expected) =>
        Assert.Contains(expected, DirectiveTasks.Categories(text));

    [Theory]
    [InlineData("Bảo đảm an toàn phòng cháy, chữa cháy và cứu nạn, cứu hộ tại trụ sở")]
    [InlineData("Kiểm tra bình chữa cháy và hệ thống chữa cháy")]
    [InlineData("Kiện toàn đội phòng cháy và chữa cháy cơ sở")]
    public void Categories_TheNameOfTheField_IsNotIncidentResponse(string text) =>
        Assert.DoesNotContain(TaskCategory.IncidentResponse, DirectiveTasks.Categories(text));

    [Theory]
    [InlineData("Hằng năm, tổng hợp kết quả", Recurrence.Yearly)]
    [InlineData("hàng năm tổ chức thực tập phương án", Recurrence.Yearly)]
    [InlineData("Định kỳ hằng quý báo cáo", Recurrence.Quarterly)]
    [InlineData("báo cáo hàng quý và tổng kết hằng năm", Recurrence.Quarterly)]
    [InlineData("Hằng tháng kiểm tra bình chữa cháy", Recurrence.Monthly)]
    [InlineData("kiểm tra hàng tháng", Recurrence.Monthly)]
    public void Recurrence_FirstRhythmStated(string text, Recurrence expected) =>
        Assert.Equal(expected, DirectiveTasks.Recurrence(text));

    [Theory]
    [InlineData("hoàn thành trước ngày 15/12/2026.", 2026, 12, 15)]
    [InlineData("chậm nhất ngày 30/6/2027", 2027, 6, 30)]
    [InlineData("trước ngày 15 tháng 12 năm 2026", 2026, 12, 15)]
    [InlineData("báo cáo chậm nhất là trước ngày 05-01-2027", 2027, 1, 5)]
    public void DueOn_FullDates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DirectiveTasks.DueOn(text));

    [Theory]
    [InlineData("trước ngày 20 của tháng cuối quý")]
    [InlineData("trước ngày 15/12 hằng năm")]
    [InlineData("trước ngày 31/02/2026")]
    [InlineData("ngày 24/11/2021 của UBND tỉnh")]
    public void DueOn_NoneWithoutAFullValidDeadline(string text) =>
        Assert.Null(DirectiveTasks.DueOn(text));

    [Theory]
    [InlineData("Sở Xây dựng, Sở Công Thương và Công an tỉnh", new[] { "Sở Xây dựng", "Sở Công Thương", "Công an tỉnh" })]
    [InlineData("các Phòng, Trung tâm thuộc Sở", new[] { "các Phòng, Trung tâm thuộc Sở" })]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", new[] { "Sở Văn hóa, Thể thao và Du lịch" })]
    [InlineData("Sở Thông tin và Truyền thông, các sở, ngành liên quan", new[] { "Sở Thông tin và Truyền thông", "các sở, ngành liên quan" })]
    public void SplitUnits_KeepsNamesWithCommasWhole(string text, string[] expected) =>
        Assert.Equal(expected, DirectiveTasks.SplitUnits(text));

    [Theory]
    [InlineData("443/KH-UBND", "Kế hoạch")]
    [InlineData("02-KL/TW", "Kết luận")]
    [InlineData("47-CT/TW", "Chỉ thị")]
    [InlineData("105/2025/NĐ-CP", "Nghị định")]
    [InlineData("1234/QĐ-UBND", "Quyết định")]
    [InlineData("36/2025/TT-BCA", "Thông tư")]
    [InlineData("757/STP-VP", "Công văn")]
    [InlineData("55/2024/QH15", null)]
    public void KindFromSymbol(string number, string? kind) =>
        Assert.Equal(kind, DirectiveReferences.KindFromSymbol(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    public void Parse_NothingToRead_IsEmpty(string? text)
    {
        var parsed = DirectiveTextParser.Parse(text);

        Assert.Null(parsed.Number);
        Assert.Empty(parsed.Tasks);
        Assert.Null(parsed.Signer);
    }

    [Fact]
    public void Parse_DateWordsAndLegalReferenceInWords()
    {
        var parsed = DirectiveTextParser.Parse("""
            Số: 12/STP-VP
            Hà Tĩnh, ngày 31 tháng 12 năm 2026
            Căn cứ Quyết định số 1234/QĐ-UBND ngày 24 tháng 11 năm 2021 của Chủ tịch UBND tỉnh về việc ban hành quy chế.
            """);

        Assert.Equal(new DateOnly(2026, 12, 31), parsed.IssuedOn);
        Assert.Equal([new ParsedLegalBasis("Quyết định", "1234/QĐ-UBND", new DateOnly(2021, 11, 24), "Chủ tịch UBND tỉnh")], parsed.LegalBasis);
    }

    [Fact]
    public void Parse_InvalidDate_IsNull_NotAnError() =>
        Assert.Null(DirectiveTextParser.Parse("Hà Tĩnh, ngày 31 tháng 2 năm 2026").IssuedOn);

    [Fact]
    public void Parse_DecomposedUnicodeAndNonBreakingSpaces_ReadLikeComposed()
    {
        var text = DirectiveFixtures.SeedText();
        var odd = text.Normalize(System.Text.NormalizationForm.FormD).Replace(" ", "\u00A0", StringComparison.Ordinal);

        Assert.Equal(DirectiveJson.Serialize(DirectiveTextParser.Parse(text)), DirectiveJson.Serialize(DirectiveTextParser.Parse(odd)));
    }

    [Fact]
    public void Parse_NestedDecimalHeadings_AndBulletsUnderThem()
    {
        var parsed = DirectiveTextParser.Parse("""
            Kính gửi: Các đơn vị thuộc Sở
            Sở đề nghị các đơn vị thực hiện:
            1. Nhiệm vụ chung
            1.1. Đối với các đơn vị thuộc Sở:
            • Phổ biến Kết luận 02-KL/TW đến công chức;
            • Thực tập phương án chữa cháy hằng năm.
            1.2. Đối với Thanh tra Sở: kiểm tra, giám sát việc thực hiện tại các đơn vị.
            2. Tổ chức thực hiện
            Đề nghị các đơn vị nghiêm túc thực hiện./.
            """);

        Assert.Equal(3, parsed.Tasks.Count);
        Assert.Equal(["Đối với các đơn vị thuộc Sở", "Đối với các đơn vị thuộc Sở", "Đối với Thanh tra Sở"], parsed.Tasks.Select(t => t.Audience));
        Assert.Equal("kiểm tra, giám sát việc thực hiện tại các đơn vị.", parsed.Tasks[2].Text);
        Assert.Equal("Thanh tra Sở", parsed.Tasks[2].LeadUnit);
        Assert.Equal("Kết luận", parsed.LegalBasis.Single().Kind);
    }
}

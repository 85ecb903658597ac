using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

/// <summary>Other letters of the genre, each built differently from the seed (see Fixtures/).</summary>
public sealed class GenreLetterTests
{
    private static ParsedDirective Parse(string fixture) => DirectiveTextParser.Parse(DirectiveFixtures.Read(fixture));

    [Fact]
    public void ProvincialPlan_TwoColumnHeader_SubjectUnderTheTitle_RomanSections()
    {
        var plan = Parse(DirectiveFixtures.ProvincialPlan);

        Assert.Equal("215/KH-UBND", plan.Number);
        Assert.Equal(new DateOnly(2026, 3, 12), plan.IssuedOn);
        Assert.Equal("Hà Tĩnh", plan.Place);
        Assert.Equal("Triển khai công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026 trên địa bàn tỉnh", plan.Subject);
        Assert.Empty(plan.Addressees);
        Assert.Equal(
            [
                new ParsedLegalBasis("Luật", "55/2024/QH15", null, null),
                new ParsedLegalBasis("Nghị định", "105/2025/NĐ-CP", null, "Chính phủ"),
                new ParsedLegalBasis("Kết luận", "02-KL/TW", new DateOnly(2021, 5, 18), "Ban Bí thư"),
                new ParsedLegalBasis("Chỉ thị", "47-CT/TW", new DateOnly(2015, 6, 25), "Ban Bí thư"),
            ],
            plan.LegalBasis);
    }

    [Fact]
    public void ProvincialPlan_TasksOnlyUnderTheUnitHeadings_WithLettersAndDeadlines()
    {
        var tasks = Parse(DirectiveFixtures.ProvincialPlan).Tasks;

        // Sections I and II (purpose, key tasks) name no audience: their items are not tasks.
        Assert.Equal(8, tasks.Count);
        Assert.Equal(["Công an tỉnh", "Công an tỉnh", "Công an tỉnh", "Sở Xây dựng", "Sở Xây dựng", null, null, null], tasks.Select(t => t.LeadUnit));
        Assert.Equal(
            new DateOnly?[] { new(2026, 6, 30), new(2026, 12, 15), new(2026, 9, 30), new(2026, 10, 31), null, null, null, null },
            tasks.Select(t => t.DueOn));
        Assert.Equal(["Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh", "Báo Hà Tĩnh"], tasks[0].CoordinatingUnits);
        Assert.Equal([TaskCategory.SelfInspection, TaskCategory.RiskPoints, TaskCategory.Reporting], tasks[1].Categories);
        Assert.Equal([TaskCategory.Training], tasks[2].Categories);
        Assert.Equal("Sở Xây dựng chủ trì, phối hợp với Công an tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố", tasks[3].Audience);
        Assert.Equal(["Công an tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"], tasks[3].CoordinatingUnits);
        Assert.Equal([TaskCategory.Other], tasks[4].Categories);
        Assert.All(tasks.Skip(5), t => Assert.True(t.AllUnits));
        Assert.Equal([TaskCategory.SelfInspection, TaskCategory.Equipment], tasks[5].Categories);
        Assert.Equal((Recurrence?)Recurrence.Yearly, tasks[6].Recurrence);
        Assert.Equal((Recurrence?)Recurrence.Quarterly, tasks[7].Recurrence);
    }

    [Fact]
    public void ProvincialPlan_SideBySideDistributionAndSigner()
    {
        var plan = Parse(DirectiveFixtures.ProvincialPlan);

        Assert.Equal(new ParsedSigner("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Thành"), plan.Signer);
        Assert.Equal(
            ["Bộ Công an (để báo cáo)", "Thường trực Tỉnh ủy", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố", "Lưu: VT, NC."],
            plan.Distribution);
    }

    [Fact]
    public void SeveralAddressees_DashList_LeadAndCoordinatingUnits()
    {
        var letter = Parse(DirectiveFixtures.SeveralAddressees);

        Assert.Equal("1845/UBND-NC1", letter.Number);
        Assert.Equal(new DateOnly(2026, 5, 5), letter.IssuedOn);
        Assert.Equal("V/v tăng cường các biện pháp phòng cháy, chữa cháy trong mùa hanh khô năm 2026", letter.Subject);
        Assert.Equal(["Công an tỉnh", "Sở Xây dựng", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện, thị xã, thành phố"], letter.Addressees);
        Assert.Equal([new ParsedLegalBasis("Công điện", "12/CĐ-TTg", new DateOnly(2026, 4, 20), "Thủ tướng Chính phủ")], letter.LegalBasis);

        var tasks = letter.Tasks;
        Assert.Equal(6, tasks.Count);
        Assert.Equal(["Công an tỉnh", "Công an tỉnh", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", null, null], tasks.Select(t => t.LeadUnit));
        Assert.Equal(["Sở Xây dựng", "Sở Công Thương", "Ủy ban nhân dân các huyện, thị xã, thành phố"], tasks[0].CoordinatingUnits);
        Assert.Equal([TaskCategory.SelfInspection, TaskCategory.RiskPoints], tasks[0].Categories);
        Assert.Equal([TaskCategory.IncidentResponse], tasks[1].Categories);

        // "2. Sở Công Thương chủ trì, phối hợp với …" stands alone: its own audience and a deadline.
        Assert.Equal("Sở Công Thương", tasks[2].Audience);
        Assert.Equal(["Công ty Điện lực Hà Tĩnh"], tasks[2].CoordinatingUnits);
        Assert.Equal(new DateOnly(2026, 6, 15), tasks[2].DueOn);
        Assert.Equal(["Đài Phát thanh - Truyền hình tỉnh", "Báo Hà Tĩnh"], tasks[3].CoordinatingUnits);
        Assert.All(tasks.Skip(4), t => Assert.True(t.AllUnits));
        Assert.Equal([TaskCategory.ResponsePlan], tasks[4].Categories);
        Assert.Equal([TaskCategory.Reporting], tasks[5].Categories);

        Assert.Equal(new ParsedSigner("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Phan Thị Thu Hằng"), letter.Signer);
        Assert.Equal(["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Chánh VP, PVP (phụ trách)", "Lưu: VT, NC1."], letter.Distribution);
    }

    [Fact]
    public void Quarterly_PlusBulletsJoinTheirItem_QuarterlyReporting_DeputySigner()
    {
        var letter = Parse(DirectiveFixtures.Quarterly);

        Assert.Equal("1023/STP-VP", letter.Number);
        Assert.Equal(new DateOnly(2026, 11, 10), letter.IssuedOn);
        Assert.Equal("V/v tự kiểm tra an toàn PCCC và chế độ báo cáo định kỳ", letter.Subject);
        Assert.Equal(["Thủ trưởng các đơn vị thuộc Sở"], letter.Addressees);
        Assert.Equal(
            [
                new ParsedLegalBasis("Nghị định", "105/2025/NĐ-CP", null, "Chính phủ"),
                new ParsedLegalBasis("Công văn", "3456/CAT-PC07", new DateOnly(2026, 10, 28), "Công an tỉnh"),
            ],
            letter.LegalBasis);

        var tasks = letter.Tasks;
        Assert.Equal(4, tasks.Count);
        Assert.Contains("cụ thể: Kiểm tra hệ thống điện", tasks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("Lập biên bản tự kiểm tra theo mẫu PC02 và gửi về Văn phòng Sở.", tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal([TaskCategory.SelfInspection, TaskCategory.Equipment], tasks[0].Categories);
        Assert.Equal((Recurrence?)Recurrence.Quarterly, tasks[1].Recurrence);
        Assert.Contains(TaskCategory.Reporting, tasks[1].Categories);
        Assert.Null(tasks[1].DueOn); // "trước ngày 20 của tháng cuối quý" has no year
        Assert.True(tasks[1].AllUnits);
        Assert.Equal(["Văn phòng Sở", "Văn phòng Sở"], tasks.Skip(2).Select(t => t.LeadUnit));
        Assert.Equal((Recurrence?)Recurrence.Quarterly, tasks[2].Recurrence);
        Assert.Equal(["Thanh tra Sở"], tasks[3].CoordinatingUnits);
        Assert.Equal(new DateOnly(2026, 12, 15), tasks[3].DueOn);

        Assert.Equal(new ParsedSigner("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Nam"), letter.Signer);
        Assert.Equal(["Như trên", "Giám đốc Sở (để b/c)", "Công an tỉnh (PC07)", "Lưu: VT, VP."], letter.Distribution);
    }

    [Fact]
    public void Monthly_UnmarkedHeadingsAndParagraphs_PeopleCommitteeSigner()
    {
        var letter = Parse(DirectiveFixtures.Monthly);

        Assert.Equal("892/UBND-VP", letter.Number);
        Assert.Equal(new DateOnly(2026, 2, 2), letter.IssuedOn);
        Assert.Equal("Cẩm Xuyên", letter.Place);
        Assert.Equal(["Thủ trưởng các cơ quan, đơn vị cấp huyện", "Chủ tịch Ủy ban nhân dân các xã, thị trấn"], letter.Addressees);
        Assert.Equal([new ParsedLegalBasis("Kế hoạch", "215/KH-UBND", new DateOnly(2026, 3, 12), "Ủy ban nhân dân tỉnh")], letter.LegalBasis);

        var tasks = letter.Tasks;
        Assert.Equal(4, tasks.Count);
        Assert.Equal(
            ["Đối với các cơ quan, đơn vị cấp huyện", "Đối với các cơ quan, đơn vị cấp huyện", "Đối với Ủy ban nhân dân các xã, thị trấn", "Đối với Ủy ban nhân dân các xã, thị trấn"],
            tasks.Select(t => t.Audience));
        Assert.All(tasks, t => Assert.True(t.AllUnits));
        Assert.Equal(new Recurrence?[] { Recurrence.Monthly, null, Recurrence.Monthly, null }, tasks.Select(t => t.Recurrence));
        Assert.Null(tasks[2].DueOn); // "trước ngày 25 hằng tháng"
        Assert.Equal([TaskCategory.Dissemination], tasks[3].Categories);

        Assert.Equal(new ParsedSigner("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Quốc Khánh"), letter.Signer);
        Assert.Equal(5, letter.Distribution.Count);
    }

    [Fact]
    public void MarkdownCrlf_BoldEscapesHardBreaksAndWrappedLines()
    {
        var text = DirectiveFixtures.Read(DirectiveFixtures.MarkdownCrlf);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);

        var letter = DirectiveTextParser.Parse(text);

        Assert.Equal("88/STP-VP", letter.Number);
        Assert.Equal(new DateOnly(2026, 1, 6), letter.IssuedOn);
        Assert.Equal("Hà Tĩnh", letter.Place);
        Assert.Equal("V/v tổ chức tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026", letter.Subject);
        Assert.Equal(["Các Phòng, Trung tâm thuộc Sở"], letter.Addressees);
        Assert.Equal(new DateOnly(2026, 3, 12), letter.LegalBasis.Single(b => b.Number == "215/KH-UBND").IssuedOn);

        var tasks = letter.Tasks;
        Assert.Equal(4, tasks.Count);
        Assert.Equal(
            "Cử công chức, viên chức tham gia lớp tập huấn, huấn luyện nghiệp vụ phòng cháy, chữa cháy do Công an tỉnh tổ chức; gửi danh sách về Văn phòng Sở trước ngày 15 tháng 12 năm 2026.",
            tasks[0].Text);
        Assert.Equal(new DateOnly(2026, 12, 15), tasks[0].DueOn);
        Assert.Equal([TaskCategory.Training], tasks[1].Categories);
        Assert.Equal("Văn phòng Sở", tasks[2].LeadUnit);
        Assert.Equal(["Phòng Hành chính tư pháp"], tasks[2].CoordinatingUnits);
        Assert.Equal([TaskCategory.Equipment], tasks[2].Categories);
        Assert.Equal((Recurrence?)Recurrence.Yearly, tasks[2].Recurrence);
        Assert.Equal(new DateOnly(2027, 6, 30), tasks[2].DueOn);
        Assert.Equal(new DateOnly(2026, 12, 20), tasks[3].DueOn);
        Assert.DoesNotContain(tasks, t => t.Text.Contains('*', StringComparison.Ordinal) || t.Text.Contains('\\', StringComparison.Ordinal));

        Assert.Equal(new ParsedSigner("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan Anh"), letter.Signer);
        Assert.Equal(["Như trên", "Giám đốc, các PGĐ Sở", "Lưu: VT, VP."], letter.Distribution);
    }

    [Fact]
    public void NoHeadings_ItemsAfterTheIntroduction_SignerBeforeDistribution()
    {
        var letter = Parse(DirectiveFixtures.NoHeadings);

        Assert.Equal("45/STP-VP", letter.Number);
        Assert.Equal(new DateOnly(2027, 1, 8), letter.IssuedOn);
        Assert.Equal("V/v kiểm tra phương tiện chữa cháy trước Tết Nguyên đán", letter.Subject);
        Assert.Equal(["Trưởng các Phòng, Trung tâm thuộc Sở"], letter.Addressees);

        var tasks = letter.Tasks;
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("Trưởng các Phòng, Trung tâm", t.Audience));
        Assert.All(tasks, t => Assert.True(t.AllUnits));
        Assert.Equal(new DateOnly(2027, 1, 20), tasks[0].DueOn);
        Assert.Equal([TaskCategory.Equipment], tasks[0].Categories);
        Assert.Equal([TaskCategory.Other], tasks[1].Categories);
        Assert.Equal([TaskCategory.IncidentResponse], tasks[2].Categories);

        Assert.Equal(new ParsedSigner(null, "GIÁM ĐỐC", "Võ Thị Hồng Nhung"), letter.Signer);
        Assert.Equal(["Như trên", "Lưu: VT, VP."], letter.Distribution);
    }
}

using System.Text.Json;
using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

/// <summary>The letter that started it all: 757/STP-VP of 19/8/2022 (docs/domain.md §1).</summary>
public sealed class SeedLetterTests
{
    private static readonly ParsedDirective Letter = DirectiveTextParser.Parse(DirectiveFixtures.SeedText());

    [SkippableFact]
    public void SharedSeed_IsTheSameAsTheFixtureCopy()
    {
        var shared = DirectiveFixtures.SharedSeedPath();
        Skip.If(shared is null, "shared/seeds is not beside the repository");

        Assert.Equal(File.ReadAllText(shared!), DirectiveFixtures.Read(DirectiveFixtures.Seed));
    }

    [Fact]
    public void Header_NumberDateAndPlace()
    {
        Assert.Equal("757/STP-VP", Letter.Number);
        Assert.Equal(new DateOnly(2022, 8, 19), Letter.IssuedOn);
        Assert.Equal("Hà Tĩnh", Letter.Place);
    }

    [Fact]
    public void Subject_KeepsTheVvPrefix_AndJoinsItsWrappedLines() =>
        Assert.Equal("V/v thực hiện Kết luận số 02-KL/TW của Ban Bí thư về công tác phòng cháy, chữa cháy", Letter.Subject);

    [Fact]
    public void Addressees_OneEntry() =>
        Assert.Equal(["Trưởng các Phòng, Trung tâm thuộc Sở"], Letter.Addressees);

    [Fact]
    public void LegalBasis_TheChainOfThreeDocuments_WithKindDateAndIssuer() =>
        Assert.Equal(
            [
                new ParsedLegalBasis("Kế hoạch", "443/KH-UBND", new DateOnly(2021, 11, 24), "UBND tỉnh"),
                new ParsedLegalBasis("Kết luận", "02-KL/TW", new DateOnly(2021, 5, 18), "Ban Bí thư"),
                new ParsedLegalBasis("Chỉ thị", "47-CT/TW", new DateOnly(2015, 6, 25), "Ban Bí thư"),
            ],
            Letter.LegalBasis);

    [Fact]
    public void Tasks_FiveItems_ThreeForAllDivisionsAndCentres_TwoLedByTheOffice()
    {
        Assert.Equal(5, Letter.Tasks.Count);
        Assert.All(Letter.Tasks.Take(3), t =>
        {
            Assert.Equal("Đối với các Phòng, Trung tâm thuộc Sở", t.Audience);
            Assert.True(t.AllUnits);
            Assert.Null(t.LeadUnit);
            Assert.Empty(t.CoordinatingUnits);
        });
        Assert.All(Letter.Tasks.Skip(3), t =>
        {
            Assert.Equal("Đối với Văn phòng Sở", t.Audience);
            Assert.False(t.AllUnits);
            Assert.Equal("Văn phòng Sở", t.LeadUnit);
        });
        Assert.Equal(["các Phòng, Trung tâm thuộc Sở"], Letter.Tasks[3].CoordinatingUnits);
        Assert.Empty(Letter.Tasks[4].CoordinatingUnits);
    }

    [Fact]
    public void Tasks_TextsAreWholeItems_WithoutMarkers()
    {
        Assert.Equal(
            "Tăng cường công tác tuyên truyền, phổ biến nội dung Kết luận số 02-KL/TW bằng nhiều hình thức phù hợp đến công chức, viên chức, người lao động thuộc đơn vị mình.",
            Letter.Tasks[0].Text);
        Assert.StartsWith("Tập trung lãnh đạo, chỉ đạo, thường xuyên tự kiểm tra", Letter.Tasks[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("phù hợp với quy mô, tính chất hoạt động của đơn vị mình.", Letter.Tasks[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Tích cực, chủ động phòng ngừa; khi xảy ra cháy", Letter.Tasks[2].Text, StringComparison.Ordinal);
        Assert.Contains("theo phương châm “4 tại chỗ”.", Letter.Tasks[3].Text, StringComparison.Ordinal);
        Assert.EndsWith("nhất là tại các điểm có nguy cơ cháy, nổ cao.", Letter.Tasks[3].Text, StringComparison.Ordinal);
        Assert.Equal("Hàng năm, tổng hợp tình hình, kết quả thực hiện gửi Công an tỉnh theo quy định.", Letter.Tasks[4].Text);
    }

    [Theory]
    [InlineData(0, new[] { TaskCategory.Dissemination })]
    [InlineData(1, new[] { TaskCategory.SelfInspection, TaskCategory.Equipment })]
    // "báo cáo cơ quan có thẩm quyền" is the immediate report of an incident, not periodic reporting.
    [InlineData(2, new[] { TaskCategory.IncidentResponse })]
    [InlineData(3, new[] { TaskCategory.ResponsePlan, TaskCategory.RiskPoints })]
    [InlineData(4, new[] { TaskCategory.Reporting })]
    public void Tasks_Categories(int index, TaskCategory[] expected) =>
        Assert.Equal(expected, Letter.Tasks[index].Categories);

    [Fact]
    public void Tasks_OnlyTheAnnualReportRecurs_AndNoneHasADueDate()
    {
        Assert.Equal([null, null, null, null, Recurrence.Yearly], Letter.Tasks.Select(t => t.Recurrence));
        Assert.All(Letter.Tasks, t => Assert.Null(t.DueOn));
    }

    [Fact]
    public void ClosingParagraph_IsNotATask() =>
        Assert.DoesNotContain(Letter.Tasks, t => t.Text.Contains("Đề nghị Trưởng các Phòng", StringComparison.Ordinal)
            || t.Text.Contains("khó khăn", StringComparison.Ordinal));

    [Fact]
    public void Signer_FromTheBoldMarkdownBlock() =>
        Assert.Equal(new ParsedSigner("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Trần Thị Kiều Oanh"), Letter.Signer);

    [Fact]
    public void Distribution_FourEntries_AsWritten()
    {
        // The seed writes "(Đề báo cáo)" (a typo for "Để"); the parser reports what is written.
        Assert.Equal(["Như trên", "Công an tỉnh (Đề báo cáo)", "Lãnh đạo Sở", "Lưu: VT, VP."], Letter.Distribution);
    }

    [Fact]
    public void WindowsLineEndings_AndNoMarkdown_ReadTheSame()
    {
        var text = DirectiveFixtures.SeedText().Replace("**", string.Empty, StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(DirectiveJson.Serialize(Letter), DirectiveJson.Serialize(DirectiveTextParser.Parse(text)));
    }

    [Fact]
    public void Json_HasTheContractShape()
    {
        var json = DirectiveJson.Serialize(Letter);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(
            ["number", "issuedOn", "place", "subject", "addressees", "legalBasis", "tasks", "signer", "distribution"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2022-08-19", root.GetProperty("issuedOn").GetString());
        Assert.Equal("2021-11-24", root.GetProperty("legalBasis")[0].GetProperty("issuedOn").GetString());
        var task = root.GetProperty("tasks")[0];
        Assert.Equal(
            ["text", "audience", "allUnits", "leadUnit", "coordinatingUnits", "categories", "recurrence", "dueOn"],
            task.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, task.GetProperty("leadUnit").ValueKind);
        Assert.Equal("Dissemination", task.GetProperty("categories")[0].GetString());
        Assert.Equal("Yearly", root.GetProperty("tasks")[4].GetProperty("recurrence").GetString());
        Assert.Contains("\"place\": \"Hà Tĩnh\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }
}

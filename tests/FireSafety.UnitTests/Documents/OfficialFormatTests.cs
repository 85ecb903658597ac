using FireSafety.Core.Documents;

namespace FireSafety.UnitTests.Documents;

public sealed class OfficialFormatTests
{
    [Theory]
    [InlineData(5, "BC", "STP", "Số: 05/BC-STP")]
    [InlineData(1, "KH", "STP", "Số: 01/KH-STP")]
    [InlineData(9, "BB", "ĐKT", "Số: 09/BB-ĐKT")]
    [InlineData(10, "BC", "STP", "Số: 10/BC-STP")]
    [InlineData(123, "BC", "STP", "Số: 123/BC-STP")]
    [InlineData(7, "BC", "", "Số: 07/BC")]
    public void NumberLine_PadsNumbersUnderTenWithAZero(int number, string kind, string issuer, string expected)
    {
        Assert.Equal(expected, OfficialFormat.NumberLine(number, kind, issuer));
    }

    [Fact]
    public void NumberLine_Draft_LeavesTheNumberBlank()
    {
        var line = OfficialFormat.NumberLine(null, "BC", "STP");

        Assert.StartsWith("Số: ", line, StringComparison.Ordinal);
        Assert.EndsWith("/BC-STP", line, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", line);
    }

    [Theory]
    [InlineData(2027, 1, 5, "Hà Tĩnh, ngày 05 tháng 01 năm 2027")]
    [InlineData(2026, 12, 31, "Hà Tĩnh, ngày 31 tháng 12 năm 2026")]
    [InlineData(2026, 10, 9, "Hà Tĩnh, ngày 09 tháng 10 năm 2026")]
    public void PlaceDateLine_UsesTwoDigitDayAndMonth(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, OfficialFormat.PlaceDateLine("Hà Tĩnh", new DateOnly(year, month, day)));
    }

    [Fact]
    public void PlaceDateLine_Draft_LeavesTheDateBlank()
    {
        var line = OfficialFormat.PlaceDateLine("Hà Tĩnh", null);

        Assert.StartsWith("Hà Tĩnh, ngày ", line, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", line);
    }

    [Fact]
    public void HeadingLabels_NumberEachLevelAndRestartUnderTheParent()
    {
        DocumentBlock[] body =
        [
            new Heading(1, "A"), new Heading(2, "A1"), new Heading(3, "a"), new Heading(3, "b"),
            new ParagraphBlock("text"), new Heading(2, "A2"), new Heading(3, "a"),
            new Heading(1, "B"), new Heading(2, "B1"), new Heading(1, "C"), new Heading(1, "D"), new Heading(1, "E"),
        ];

        var labels = OfficialFormat.HeadingLabels(body);

        Assert.Equal(["I.", "1.", "a)", "b)", "2.", "a)", "II.", "1.", "III.", "IV.", "V."], labels.OrderBy(l => l.Key).Select(l => l.Value));
        Assert.False(labels.ContainsKey(4));
    }

    [Fact]
    public void HeadingLabels_PointsFollowTheVietnameseAlphabet()
    {
        var body = Enumerable.Range(0, 6).Select(_ => (DocumentBlock)new Heading(3, "x")).ToList();

        Assert.Equal(["a)", "b)", "c)", "d)", "đ)", "e)"], OfficialFormat.HeadingLabels(body).OrderBy(l => l.Key).Select(l => l.Value));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(2027, "MMXXVII")]
    public void Roman_WritesRomanNumerals(int number, string expected)
    {
        Assert.Equal(expected, OfficialFormat.Roman(number));
    }

    [Fact]
    public void RecipientLines_DashEachAndEndWithTheArchiveLine()
    {
        var lines = OfficialFormat.RecipientLines(["Công an tỉnh (để b/c);", "", "Giám đốc Sở."], "VT, VP");

        Assert.Equal(["- Công an tỉnh (để b/c);", "- Giám đốc Sở;", "- Lưu: VT, VP."], lines);
    }

    [Fact]
    public void Clean_DropsCharactersXmlCannotHoldAndComposesVietnamese()
    {
        var cleaned = OfficialFormat.Clean("a\u0000b\u0007c\u001Fd\uFFFEe\ud800f\r\ng\rh\ti Bie\u0302\u0301n 🔥 Hà\u000BTĩnh");

        Assert.Equal("abcdef\ng\nh\ti Biến 🔥 Hà Tĩnh", cleaned);
    }

    [Fact]
    public void Clean_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, OfficialFormat.Clean(null));
    }
}

using FireSafety.Core.Common;

namespace FireSafety.UnitTests.Common;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Phòng cháy, chữa cháy", "phong chay, chua chay")]
    [InlineData("ĐƯỜNG Nguyễn Chí Thanh", "duong nguyen chi thanh")]
    [InlineData("  Sở   Tư pháp  ", "so tu phap")]
    [InlineData("Kho lưu trữ\thồ sơ", "kho luu tru ho so")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsCaseAndExtraSpaces(string? input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Fact]
    public void Fold_TreatsPrecomposedAndDecomposedTheSame()
    {
        var precomposed = "Hà Tĩnh".Normalize(System.Text.NormalizationForm.FormC);
        var decomposed = "Hà Tĩnh".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(TextFolding.Fold(precomposed), TextFolding.Fold(decomposed));
    }

    [Fact]
    public void Join_SkipsEmptyParts() =>
        Assert.Equal("vp van phong so", TextFolding.Join(["VP", null, " ", "Văn phòng Sở"]));
}

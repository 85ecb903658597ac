using FireSafety.Core.Common;

namespace FireSafety.UnitTests.Common;

public sealed class PagedListTests
{
    private static readonly int[] Rows = [.. Enumerable.Range(1, 45)];

    [Theory]
    [InlineData(1, 1, 20, new[] { 1, 20 })]
    [InlineData(3, 3, 5, new[] { 41, 45 })]
    [InlineData(99, 3, 5, new[] { 41, 45 })]
    [InlineData(-4, 1, 20, new[] { 1, 20 })]
    public void Of_ClampsThePage_AndTakesItsRows(int asked, int page, int count, int[] firstAndLast)
    {
        var list = PagedList<int>.Of(Rows, asked);

        Assert.Equal(page, list.PageNumber);
        Assert.Equal(3, list.PageCount);
        Assert.Equal(45, list.TotalCount);
        Assert.Equal(count, list.Items.Count);
        Assert.Equal(firstAndLast, new[] { list.Items[0], list.Items[^1] });
    }

    [Fact]
    public void Of_AnEmptyList_IsOneEmptyPage()
    {
        var list = PagedList<int>.Of([], 2);

        Assert.Equal((1, 1, 0), (list.PageNumber, list.PageCount, list.TotalCount));
        Assert.Empty(list.Items);
    }
}

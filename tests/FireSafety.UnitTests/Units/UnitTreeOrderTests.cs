using static FireSafety.Core.Units.UnitTreeOrder;

namespace FireSafety.UnitTests.Units;

public sealed class UnitTreeOrderTests
{
    [Fact]
    public void Order_IsDepthFirst_SiblingsBySortOrderThenName_NotByIdText()
    {
        Node[] nodes =
        [
            new(1, null, 0, "Sở"),
            new(10, 1, 2, "Phòng B"),
            new(2, 1, 1, "Văn phòng"),
            new(11, 10, 0, "Tổ 1"),
            new(3, 1, 2, "Phòng A"),
        ];

        var order = Order(nodes);

        Assert.Equal([new(1, 0), new(2, 1), new(3, 1), new(10, 1), new(11, 2)], order);
    }

    [Fact]
    public void Order_PlacesNodesWithAnUnknownParentAsRoots()
    {
        Node[] nodes = [new(5, 1, 0, "Phòng"), new(6, 5, 0, "Tổ")];

        Assert.Equal([new Placed(5, 0), new Placed(6, 1)], Order(nodes));
    }
}

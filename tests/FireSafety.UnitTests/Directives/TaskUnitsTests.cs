using FireSafety.Core.Directives;

namespace FireSafety.UnitTests.Directives;

public sealed class TaskUnitsTests
{
    [Fact]
    public void For_GivesTheLeadFirstThenEachCoordinatingUnitOnce()
    {
        var units = TaskUnits.For(5, [7, 3, 7]);

        Assert.Equal([new(5, UnitRole.Lead), new(7, UnitRole.Coordinating), new(3, UnitRole.Coordinating)], units);
    }

    [Fact]
    public void For_ALeadAlsoListedAsCoordinating_GetsOneAssignmentAsLead()
    {
        var units = TaskUnits.For(5, [5, 6]);

        Assert.Equal([new UnitAssignment(5, UnitRole.Lead), new UnitAssignment(6, UnitRole.Coordinating)], units);
    }

    [Fact]
    public void For_WithoutCoordinatingUnits_IsTheLeadAlone() =>
        Assert.Equal([new UnitAssignment(5, UnitRole.Lead)], TaskUnits.For(5, []));
}

using FireSafety.Core.Data;

namespace FireSafety.UnitTests.Data;

public sealed class UnitScopeTests
{
    [Fact]
    public void NewScope_IsUnrestricted_AndAllowsAnyUnit()
    {
        var scope = new UnitScope();

        Assert.False(scope.IsRestricted);
        Assert.True(scope.Allows(42));
    }

    [Fact]
    public void RestrictedScope_AllowsOnlyItsUnits()
    {
        var scope = new UnitScope();
        scope.RestrictTo([3, 5, 5]);

        Assert.True(scope.IsRestricted);
        Assert.Equal([3, 5], scope.UnitIds);
        Assert.True(scope.Allows(5));
        Assert.False(scope.Allows(4));
    }

    [Fact]
    public void RestrictedToNothing_AllowsNothing()
    {
        var scope = new UnitScope();
        scope.RestrictTo([]);

        Assert.False(scope.Allows(1));
    }
}

namespace FireSafety.Core.Directives;

/// <summary>A unit's part in a task.</summary>
public enum UnitRole
{
    /// <summary>Chủ trì.</summary>
    Lead = 0,

    /// <summary>Phối hợp.</summary>
    Coordinating = 1,
}

public readonly record struct UnitAssignment(int UnitId, UnitRole Role);

public static class TaskUnits
{
    /// <summary>
    /// The units that get an assignment when a task is assigned: the lead first, then each
    /// coordinating unit once, in the given order. A unit named both lead and coordinating is the
    /// lead only, so no unit ever gets two assignments for one task (or one period).
    /// </summary>
    public static IReadOnlyList<UnitAssignment> For(int leadUnitId, IEnumerable<int> coordinatingUnitIds)
    {
        ArgumentNullException.ThrowIfNull(coordinatingUnitIds);
        return
        [
            new UnitAssignment(leadUnitId, UnitRole.Lead),
            .. coordinatingUnitIds.Where(id => id != leadUnitId).Distinct().Select(id => new UnitAssignment(id, UnitRole.Coordinating)),
        ];
    }
}

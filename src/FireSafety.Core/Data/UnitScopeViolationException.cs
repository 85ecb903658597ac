namespace FireSafety.Core.Data;

/// <summary>A save tried to write a record outside the current user's unit scope.</summary>
public sealed class UnitScopeViolationException(string entityType, int unitId)
    : InvalidOperationException($"{entityType} of unit {unitId} is outside the current user's unit scope.")
{
    public string EntityType { get; } = entityType;

    public int UnitId { get; } = unitId;
}

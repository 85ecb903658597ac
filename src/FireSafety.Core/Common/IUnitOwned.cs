namespace FireSafety.Core.Common;

/// <summary>
/// A record that belongs to one unit. Every entity implementing it is filtered by the current
/// user's unit scope in <see cref="Data.FireSafetyDbContext"/>: a UnitHead never reads a row of
/// another unit, whatever page or job runs the query.
/// </summary>
public interface IUnitOwned
{
    int UnitId { get; }
}

namespace FireSafety.Core.Common;

/// <summary>
/// An editable record with an app-managed optimistic concurrency token. The context increments
/// <see cref="Version"/> on every update and sends the loaded value in the UPDATE's WHERE clause,
/// which works the same on SQLite and SQL Server (no rowversion column needed).
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

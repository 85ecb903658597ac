namespace FireSafety.Core.Data;

/// <summary>
/// The set of units whose records the current request may read. One instance per scope (request);
/// the web host restricts it for a UnitHead right after authentication, and the context's query
/// filters read it on every query. Unrestricted by default for jobs and command verbs.
/// </summary>
public sealed class UnitScope
{
    private List<int> _unitIds = [];

    public bool IsRestricted { get; private set; }

    public IReadOnlyList<int> UnitIds => _unitIds;

    /// <summary>
    /// Names the scope exactly (every unit in it): two requests with the same key read the same
    /// rows, so results computed for one may be served to the other (<see cref="DataVersionCache"/>).
    /// </summary>
    public string Key { get; private set; } = "*";

    public void RestrictTo(IEnumerable<int> unitIds)
    {
        _unitIds = [.. unitIds.Distinct()];
        IsRestricted = true;
        Key = string.Join(',', _unitIds.Order());
    }

    public bool Allows(int unitId) => !IsRestricted || _unitIds.Contains(unitId);
}

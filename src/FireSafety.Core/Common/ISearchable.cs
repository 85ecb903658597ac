namespace FireSafety.Core.Common;

/// <summary>
/// A record with a diacritic-free, lower-case search column, refreshed by the context on every
/// save, so "phong chay" finds "Phòng cháy" on any provider with a plain LIKE.
/// </summary>
public interface ISearchable
{
    string SearchText { get; set; }

    IEnumerable<string?> SearchSources();
}

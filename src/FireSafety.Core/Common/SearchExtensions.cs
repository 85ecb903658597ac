namespace FireSafety.Core.Common;

public static class SearchExtensions
{
    /// <summary>
    /// Keeps the rows whose folded search text contains every word of <paramref name="term"/>,
    /// ignoring case and Vietnamese diacritics.
    /// </summary>
    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string? term)
        where T : ISearchable
    {
        foreach (var word in TextFolding.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = word;
            query = query.Where(e => e.SearchText.Contains(pattern));
        }

        return query;
    }
}

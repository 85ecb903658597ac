namespace FireSafety.Core.Reporting;

/// <summary>
/// The computed part of an annual summary (domain.md §6): sections of figures, one appendix row per
/// unit and the difficulties units raised. Stored as JSON on the summary; the office's narrative is
/// kept apart so recompiling never touches it.
/// </summary>
public sealed record SummaryFigures(
    int Year,
    DateTime AsOfUtc,
    IReadOnlyList<SummarySection> Sections,
    IReadOnlyList<AppendixColumn> Columns,
    IReadOnlyList<AppendixRow> Appendix,
    IReadOnlyList<RaisedDifficulty> Difficulties)
{
    /// <summary>The figure with this section and key, or null.</summary>
    public SummaryFigure? Find(string section, string key) =>
        Sections.FirstOrDefault(s => s.Key == section)?.Figures.FirstOrDefault(f => f.Key == key);
}

/// <summary>One part of the outline, e.g. "8. Directive tasks", with its figures in order.</summary>
public sealed record SummarySection(string Key, string Title, IReadOnlyList<SummaryFigure> Figures);

/// <summary>
/// One number and what it counts. <see cref="Link"/> is the local address of the filtered list it
/// counts, so every figure on the web view drills down to its records.
/// </summary>
public sealed record SummaryFigure(string Key, string Label, long Value, string? Link = null);

/// <summary>One unit's row of the appendix: column key → value (the columns are the figures' <c>Columns</c>).</summary>
public sealed record AppendixRow(int UnitId, string UnitName, IReadOnlyDictionary<string, long> Values);

/// <summary>A difficulty a unit raised during the year, as the summary quotes it.</summary>
public sealed record RaisedDifficulty(string UnitName, string Title, bool IsResolved);

/// <summary>What a section computes: its figures and its columns of the per-unit appendix.</summary>
public sealed record SectionResult(SummarySection Section, IReadOnlyList<AppendixColumn> Columns, IReadOnlyDictionary<int, IReadOnlyDictionary<string, long>> PerUnit)
{
    public static SectionResult WithoutAppendix(SummarySection section) => new(section, [], new Dictionary<int, IReadOnlyDictionary<string, long>>());
}

/// <summary>A column of the appendix table.</summary>
public sealed record AppendixColumn(string Key, string Title);

/// <summary>The appendix's columns, in the order the sections gave them.</summary>
public static class AppendixColumns
{
    public static IReadOnlyList<AppendixColumn> Of(IEnumerable<SectionResult> results) =>
        [.. results.SelectMany(r => r.Columns).DistinctBy(c => c.Key)];
}

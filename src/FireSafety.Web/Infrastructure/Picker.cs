using FireSafety.Core.Common;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FireSafety.Web.Infrastructure;

/// <summary>What a type-ahead picker searches: decides its placeholder.</summary>
public enum PickerKind
{
    Units,
    Directives,
    Facilities,
}

/// <summary>
/// A drop-down too long to send whole: the page renders only its "all" option and the selected one,
/// and <c>wwwroot/js/picker.js</c> puts a search box beside it that asks <see cref="Url"/>
/// (<c>?q=</c>) for matches (ADR 0094). Rendered by <see cref="PickerSelectTagHelper"/>.
/// </summary>
public sealed record Picker(string Url, PickerKind Kind)
{
    /// <summary>
    /// The most options a drop-down sends whole. A department (a few dozen units, a few hundred
    /// directives a year) stays below it and sees plain drop-downs; a province's thousand units do not.
    /// </summary>
    public const int Threshold = 150;

    /// <summary>The most matches a search answers.</summary>
    public const int MaxResults = 20;

    /// <summary>The longest search text taken; the rest is ignored.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>
    /// A picker for <paramref name="items"/> when they are more than <see cref="Threshold"/>: the
    /// list then keeps only the selected item. Below it the list is left whole and there is no picker.
    /// </summary>
    public static Picker? Offer(List<SelectListItem> items, PickerKind kind, Func<string?> url)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(url);
        if (items.Count <= Threshold)
        {
            return null;
        }

        items.RemoveAll(i => !i.Selected);
        return new Picker(url() ?? throw new InvalidOperationException($"No URL for the {kind} lookup."), kind);
    }

    /// <summary>The words of a search, folded (no diacritics, lower case) as the stored search texts are.</summary>
    public static string[] Words(string? q) =>
        TextFolding.Fold(q is { Length: > MaxQueryLength } ? q[..MaxQueryLength] : q).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether a folded text contains every word (the rule of <see cref="SearchExtensions.WhereMatches"/>).</summary>
    public static bool Matches(string folded, string[] words) =>
        words.Length > 0 && words.All(w => folded.Contains(w, StringComparison.Ordinal));
}

/// <summary>One match of a lookup: the option's value and text, as the drop-down shows it.</summary>
public sealed record LookupItem(int Id, string Text);

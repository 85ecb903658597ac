using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>Drop-down lists of the units the current user may see (the unit scope applies).</summary>
public static class UnitOptions
{
    /// <summary>A unit as the drop-downs show it, in tree order.</summary>
    public sealed record Option(int Id, string Text, bool IsActive, bool HasChildren, string Folded);

    public static async Task<List<SelectListItem>> ListAsync(FireSafetyDbContext db, int? selected, bool activeOnly = true, CancellationToken cancellationToken = default) =>
        Items(await LoadAsync(db, cancellationToken), selected, activeOnly);

    /// <summary>
    /// The same list through the <see cref="DataVersionCache"/>: the filters of the list pages and
    /// the dashboard show every unit of a province (a thousand) on every request. Names at the same
    /// place are sorted in the request's culture, hence the culture in the key.
    /// </summary>
    public static async Task<List<SelectListItem>> ListAsync(DataVersionCache cache, FireSafetyDbContext db, int? selected, bool activeOnly = true, CancellationToken cancellationToken = default) =>
        Items(await CachedAsync(cache, db, cancellationToken), selected, activeOnly);

    /// <summary>
    /// The units that head a subtree (have units below them), and the selected one: the
    /// dashboard's choice of a subtree, a few dozen entries for a province's thousand units.
    /// </summary>
    public static async Task<List<SelectListItem>> SubtreesAsync(DataVersionCache cache, FireSafetyDbContext db, int? selected, CancellationToken cancellationToken = default) =>
        Items([.. (await CachedAsync(cache, db, cancellationToken)).Where(o => o.HasChildren || o.Id == selected)], selected, activeOnly: false);

    /// <summary>
    /// The units whose name or code holds every word of <paramref name="q"/> (no diacritics needed),
    /// at most <see cref="Picker.MaxResults"/>, in tree order: the unit picker's search (ADR 0094),
    /// in the cached list of the user's scope.
    /// </summary>
    public static async Task<List<LookupItem>> SearchAsync(DataVersionCache cache, FireSafetyDbContext db, string? q, CancellationToken cancellationToken = default)
    {
        var words = Picker.Words(q);
        if (words.Length == 0)
        {
            return [];
        }

        return [.. (await CachedAsync(cache, db, cancellationToken))
            .Where(o => Picker.Matches(o.Folded, words))
            .Take(Picker.MaxResults)
            .Select(o => new LookupItem(o.Id, o.Text))];
    }

    private static Task<IReadOnlyList<Option>> CachedAsync(DataVersionCache cache, FireSafetyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return cache.GetOrComputeAsync(db, $"unit-options|{CultureInfo.CurrentCulture.Name}", ct => LoadAsync(db, ct), cancellationToken);
    }

    private static async Task<IReadOnlyList<Option>> LoadAsync(FireSafetyDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new { u.Id, u.ParentId, u.SortOrder, u.Code, u.Name, u.IsActive })
            .ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        var parents = units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();
        var order = UnitTreeOrder.Order([.. units.Select(u => new UnitTreeOrder.Node(u.Id, u.ParentId, u.SortOrder, u.Name))]);
        return [.. order.Select(p => new Option(
            p.Id,
            $"{new string('—', p.Depth)} {byId[p.Id].Name} ({byId[p.Id].Code})".Trim(),
            byId[p.Id].IsActive,
            parents.Contains(p.Id),
            TextFolding.Join([byId[p.Id].Name, byId[p.Id].Code])))];
    }

    // New items for every request: the cached options are shared, a SelectListItem is not.
    private static List<SelectListItem> Items(IReadOnlyList<Option> options, int? selected, bool activeOnly) =>
        [.. options.Where(o => !activeOnly || o.IsActive || o.Id == selected)
            .Select(o => new SelectListItem(o.Text, o.Id.ToString(CultureInfo.InvariantCulture), o.Id == selected))];
}

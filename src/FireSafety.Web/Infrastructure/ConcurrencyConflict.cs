using System.Globalization;
using FireSafety.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// What a page shows when someone else saved the same record first: both versions of every
/// field that differs, and the stored version number so a deliberate second save can overwrite.
/// </summary>
public sealed class ConcurrencyConflict
{
    public sealed record Difference(string Field, string? Theirs, string? Yours);

    public IReadOnlyList<Difference> Differences { get; private init; } = [];

    /// <summary>The version now in the database; null when the record was deleted meanwhile.</summary>
    public long? CurrentVersion { get; private init; }

    public bool WasDeleted => CurrentVersion is null;

    /// <summary>Reads the stored values for the conflicting entry of <paramref name="exception"/>.</summary>
    public static async Task<ConcurrencyConflict> FromAsync(
        DbUpdateConcurrencyException exception, IReadOnlyDictionary<string, string> fieldLabels, CancellationToken cancellationToken)
    {
        var entry = exception.Entries.Single();
        var stored = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (stored is null)
        {
            return new ConcurrencyConflict();
        }

        var differences = new List<Difference>();
        foreach (var (property, label) in fieldLabels)
        {
            var theirs = Format(stored[property]);
            var yours = Format(entry.Property(property).CurrentValue);
            if (theirs != yours)
            {
                differences.Add(new Difference(label, theirs, yours));
            }
        }

        return new ConcurrencyConflict
        {
            Differences = differences,
            CurrentVersion = (long?)stored[nameof(IVersioned.Version)],
        };
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "✓" : "—",
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };
}

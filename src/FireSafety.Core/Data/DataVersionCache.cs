using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FireSafety.Core.Data;

/// <summary>
/// Keeps results that are costly to compute and read far more often than the data changes (the
/// leadership dashboard, the unit drop-downs) until the data changes. Every change the application
/// saves writes an audit entry in the same transaction (ADR 0004), so the audit trail's last id is
/// the data's version: an entry is served only while that id is unchanged, within the unit scope
/// it was computed for (<see cref="UnitScope.Key"/>), and for at most <see cref="MaxAge"/> as a
/// safety net for changes that bypass the application. One request computes a missing entry; the
/// others asking for the same one wait for it. See ADR 0093.
/// </summary>
public sealed class DataVersionCache : IDisposable
{
    /// <summary>The longest an entry is served, whatever the version says.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private const int MaxEntries = 512;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    // Striped: a key waits only for a computation of a key in the same stripe.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>The current data version: the last audit entry's id (0 for an empty trail).</summary>
    public static async Task<long> VersionAsync(FireSafetyDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// The value of <paramref name="key"/> in <paramref name="db"/>'s unit scope at the current data
    /// version: from memory when it was computed at that version, else from <paramref name="compute"/>,
    /// which must read through <paramref name="db"/> (or another context in the same scope).
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(
        FireSafetyDbContext db, string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(compute);

        var version = await VersionAsync(db, cancellationToken);
        var scoped = $"{key}|{db.ScopeKey}";
        if (TryGet(scoped, version, out T value))
        {
            return value;
        }

        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(scoped) % (uint)_gates.Length)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (TryGet(scoped, version, out value))
            {
                return value;
            }

            value = await compute(cancellationToken);
            using (var entry = _entries.CreateEntry(scoped))
            {
                entry.Value = new Entry(version, value);
                entry.Size = 1;
                entry.AbsoluteExpirationRelativeToNow = MaxAge;
            }

            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        _entries.Dispose();
        foreach (var gate in _gates)
        {
            gate.Dispose();
        }
    }

    private bool TryGet<T>(string key, long version, out T value)
    {
        // An entry of an older version is left to be replaced; one of a newer version (computed
        // by a request that started later) is as good as ours.
        if (_entries.TryGetValue(key, out var found) && found is Entry { Value: T cached } entry && entry.Version >= version)
        {
            value = cached;
            return true;
        }

        value = default!;
        return false;
    }

    private sealed record Entry(long Version, object? Value);
}

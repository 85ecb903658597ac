namespace FireSafety.Core.Data.Scale;

/// <summary>How much the scale generator makes: units in the tree, years of history, and the random seed.</summary>
public sealed record ScaleOptions(int Units, int Years, int Seed = ScaleOptions.DefaultSeed)
{
    public const int DefaultSeed = 42;
    public const int MaxUnits = 20_000;
    public const int MaxYears = 20;

    /// <summary>Why the options cannot be used, or null when they can.</summary>
    public string? Problem() => (Units, Years) switch
    {
        ( < 1 or > MaxUnits, _) => $"--units must be between 1 and {MaxUnits}.",
        (_, < 1 or > MaxYears) => $"--years must be between 1 and {MaxYears}.",
        _ => null,
    };
}

/// <summary>What the generator made: rows per entity, in the order they were written, and the time it took.</summary>
public sealed record ScaleResult(IReadOnlyList<KeyValuePair<string, int>> Counts, TimeSpan Elapsed)
{
    public int Count(string entity) => Counts.FirstOrDefault(c => c.Key == entity).Value;

    public int Total => Counts.Sum(c => c.Value);
}

using FireSafety.Core.Data;

namespace FireSafety.Core.Reporting;

/// <summary>What every section computes for: the year, the moment the figures stand at, the units reporting.</summary>
public sealed record SummaryContext(FireSafetyDbContext Db, int Year, DateTime AsOfUtc, IReadOnlyList<SummaryUnit> Units)
{
    public DateOnly From => new(Year, 1, 1);

    public DateOnly To => new(Year, 12, 31);

    public DateTime FromUtc => Common.VietnamTime.StartOfDayUtc(From);

    public DateTime ToUtcExclusive => Common.VietnamTime.StartOfDayUtc(To.AddDays(1));
}

/// <summary>A unit that reports (every active unit below the department), in tree order.</summary>
public sealed record SummaryUnit(int Id, string Name);

/// <summary>
/// One section of the annual summary's outline. Each feature contributes its own section (tasks,
/// inspections, equipment, incidents ...), registered in the container; the compiler runs them in
/// <see cref="Order"/>. A section reads with <c>IgnoreQueryFilters</c> — the summary is the
/// organisation's — and must not write.
/// </summary>
public interface ISummarySection
{
    /// <summary>Position in the outline (domain.md §6: 10 = situation, 80 = directive tasks ...).</summary>
    int Order { get; }

    Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken);
}

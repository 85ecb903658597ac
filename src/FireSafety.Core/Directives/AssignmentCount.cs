namespace FireSafety.Core.Directives;

/// <summary>The four ways a Vietnamese office counts assignments in a report.</summary>
public enum AssignmentCount
{
    /// <summary>Đã hoàn thành đúng hạn.</summary>
    DoneOnTime,

    /// <summary>Đã hoàn thành quá hạn (trễ hạn).</summary>
    DoneLate,

    /// <summary>Chưa hoàn thành, còn trong hạn.</summary>
    WithinTerm,

    /// <summary>Chưa hoàn thành, đã quá hạn.</summary>
    Overdue,
}

/// <summary>The four counts of a report, e.g. section 8 of the annual summary.</summary>
public sealed record AssignmentTally(int DoneOnTime, int DoneLate, int WithinTerm, int Overdue)
{
    public int Done => DoneOnTime + DoneLate;

    public int NotDone => WithinTerm + Overdue;

    public int Total => Done + NotDone;

    public static AssignmentTally Of(IEnumerable<AssignmentCount> counts)
    {
        int onTime = 0, late = 0, within = 0, overdue = 0;
        foreach (var count in counts)
        {
            switch (count)
            {
                case AssignmentCount.DoneOnTime: onTime++; break;
                case AssignmentCount.DoneLate: late++; break;
                case AssignmentCount.WithinTerm: within++; break;
                case AssignmentCount.Overdue: overdue++; break;
                default: throw new ArgumentOutOfRangeException(nameof(counts), count, null);
            }
        }

        return new AssignmentTally(onTime, late, within, overdue);
    }
}

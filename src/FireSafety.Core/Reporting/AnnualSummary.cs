using FireSafety.Core.Common;

namespace FireSafety.Core.Reporting;

public enum SummaryStatus
{
    /// <summary>Being prepared: figures may be recompiled, the narrative edited.</summary>
    Draft = 0,

    /// <summary>Submitted by the office to the leadership; nothing changes until approved or returned.</summary>
    Submitted = 1,

    /// <summary>Approved by a leader: frozen (the hash of figures and narrative is stored).</summary>
    Approved = 2,

    /// <summary>Sent to the provincial police with its outgoing number and date.</summary>
    Sent = 3,
}

/// <summary>
/// One revision of a year's summary to the provincial police: the compiled figures (JSON of
/// <see cref="SummaryFigures"/>) and the office's narrative sections, which a recompilation never
/// touches. A frozen (approved) revision is changed only by starting a new revision.
/// </summary>
public sealed class AnnualSummary : IVersioned
{
    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>1 for the first revision of the year, then 2, 3 ...</summary>
    public int Revision { get; set; } = 1;

    public SummaryStatus Status { get; set; }

    public string? FiguresJson { get; set; }

    public DateTime? CompiledAtUtc { get; set; }

    /// <summary>III. Đánh giá: strengths, shortcomings, causes.</summary>
    public string? Assessment { get; set; }

    /// <summary>IV. Phương hướng, nhiệm vụ năm tới.</summary>
    public string? Direction { get; set; }

    /// <summary>V. Đề xuất, kiến nghị.</summary>
    public string? Proposals { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? ApprovedAtUtc { get; set; }

    public string? ApprovedBy { get; set; }

    /// <summary>SHA-256 of figures and narrative at approval; a mismatch means the frozen record was tampered with.</summary>
    public string? FrozenHash { get; set; }

    /// <summary>Outgoing number, e.g. "05/BC-STP".</summary>
    public string? SentNumber { get; set; }

    public DateOnly? SentOn { get; set; }

    public long Version { get; set; }

    public bool IsFrozen => Status is SummaryStatus.Approved or SummaryStatus.Sent;
}

public enum SummaryRunOutcome
{
    Requested = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>
/// A compile of a year's figures, asked for by the office (or by the calendar) and picked up by
/// whichever instance holds the lease; its progress is shown while it runs and its outcome kept.
/// </summary>
public sealed class SummaryRun
{
    public int Id { get; set; }

    public int Year { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    /// <summary>Who asked, or "lịch" (the calendar) for the configured day.</summary>
    public string? RequestedBy { get; set; }

    public SummaryRunOutcome Outcome { get; set; }

    public DateTime? StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public int Percent { get; set; }

    /// <summary>The section being computed, or the result / the error in one line.</summary>
    public string? Message { get; set; }
}

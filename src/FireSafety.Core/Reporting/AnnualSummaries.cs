using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// Runs a requested compile: marks the run, computes the figures with progress, then writes them
/// into the year's draft (creating revision 1 if there is none) and the run's outcome in ONE save,
/// so a crash leaves either the old figures or the new ones, never half. A submitted or frozen
/// revision is not touched. The office's narrative is never overwritten.
/// </summary>
public sealed class AnnualSummaries(FireSafetyDbContext db, AnnualSummaryCompiler compiler, TimeProvider time)
{
    /// <summary>Queues a compile of <paramref name="year"/> unless one is already waiting or running.</summary>
    public async Task<SummaryRun> RequestAsync(int year, string? by, CancellationToken cancellationToken = default)
    {
        var pending = await db.SummaryRuns
            .Where(r => r.Year == year && (r.Outcome == SummaryRunOutcome.Requested || r.Outcome == SummaryRunOutcome.Running))
            .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return pending;
        }

        var run = new SummaryRun { Year = year, RequestedAtUtc = time.GetUtcNow().UtcDateTime, RequestedBy = by, Outcome = SummaryRunOutcome.Requested };
        db.SummaryRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>The next run to do: the oldest requested one, or one left running by a dead instance.</summary>
    public Task<SummaryRun?> NextAsync(TimeSpan staleAfter, CancellationToken cancellationToken = default)
    {
        var stale = time.GetUtcNow().UtcDateTime - staleAfter;
        return db.SummaryRuns.AsNoTracking()
            .Where(r => r.Outcome == SummaryRunOutcome.Requested || (r.Outcome == SummaryRunOutcome.Running && r.StartedAtUtc < stale))
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Compiles the run's year; a failure is recorded on the run and rethrown for the caller to log.</summary>
    public async Task RunAsync(int runId, CancellationToken cancellationToken = default)
    {
        var started = time.GetUtcNow().UtcDateTime;
        await SetAsync(runId, SummaryRunOutcome.Running, 0, "Bắt đầu tổng hợp", started, null, cancellationToken);
        var year = await db.SummaryRuns.Where(r => r.Id == runId).Select(r => r.Year).SingleAsync(cancellationToken);
        try
        {
            var figures = await compiler.CompileAsync(
                year, p => SetAsync(runId, SummaryRunOutcome.Running, Math.Min(p.Percent, 99), p.Section, started, null, cancellationToken), cancellationToken);

            var draft = await db.AnnualSummaries.Where(s => s.Year == year).OrderByDescending(s => s.Revision).FirstOrDefaultAsync(cancellationToken);
            string message;
            if (draft is null)
            {
                draft = new AnnualSummary { Year = year, Revision = 1, Status = SummaryStatus.Draft };
                db.AnnualSummaries.Add(draft);
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (SummaryWorkflow.AcceptsFigures(draft))
            {
                draft.FiguresJson = SummarySnapshot.Serialize(figures);
                draft.CompiledAtUtc = now;
                message = "Đã tổng hợp số liệu";
            }
            else
            {
                message = "Báo cáo đã trình hoặc đã phê duyệt; số liệu không thay đổi";
            }

            var run = await db.SummaryRuns.SingleAsync(r => r.Id == runId, cancellationToken);
            run.Outcome = SummaryRunOutcome.Succeeded;
            run.Percent = 100;
            run.Message = message;
            run.FinishedAtUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var text = $"{ex.GetType().Name}: {ex.Message}";
            await SetAsync(runId, SummaryRunOutcome.Failed, 0, text.Length > 500 ? text[..500] : text, started, time.GetUtcNow().UtcDateTime, CancellationToken.None);
            throw;
        }
    }

    private Task<int> SetAsync(int runId, SummaryRunOutcome outcome, int percent, string message, DateTime started, DateTime? finished, CancellationToken cancellationToken) =>
        db.SummaryRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.Percent, percent)
                .SetProperty(r => r.Message, message)
                .SetProperty(r => r.StartedAtUtc, started)
                .SetProperty(r => r.FinishedAtUtc, finished),
            cancellationToken);
}

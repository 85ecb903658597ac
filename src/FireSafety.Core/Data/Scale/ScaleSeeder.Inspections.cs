using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Evidence;
using FireSafety.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data.Scale;

/// <summary>Self-inspections per unit and rhythm period, their answers, photos, findings and corrective actions.</summary>
public sealed partial class ScaleSeeder
{
    private async Task SeedInspectionsAsync(CancellationToken cancellationToken)
    {
        var random = Random(6);
        var template = await db.ChecklistTemplates.AsNoTracking()
            .Include(t => t.Sections).ThenInclude(s => s.Items).AsSplitQuery()
            .Where(t => t.Status == TemplateStatus.Published)
            .OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No published checklist: run the migrations and start-up seed first.");
        var items = template.Items.ToList();
        var answers = new RowWriter<InspectionAnswer>(db,
            (nameof(InspectionAnswer.Version), a => a.Version),
            (nameof(InspectionAnswer.InspectionId), a => a.InspectionId),
            (nameof(InspectionAnswer.UnitId), a => a.UnitId),
            (nameof(InspectionAnswer.ItemId), a => a.ItemId),
            (nameof(InspectionAnswer.Result), a => a.Result),
            (nameof(InspectionAnswer.Note), a => a.Note),
            (nameof(InspectionAnswer.CarriedOver), a => a.CarriedOver),
            (nameof(InspectionAnswer.AnsweredAtUtc), a => a.AnsweredAtUtc),
            (nameof(InspectionAnswer.AnsweredBy), a => a.AnsweredBy));
        await InBatchesAsync(_units, 25, async chunk =>
        {
            var submitted = new List<(Inspection Inspection, UnitInfo Unit, List<(InspectionAnswer Answer, ChecklistItem Item)> Failed)>();
            var plain = new List<(Inspection Inspection, InspectionAnswer Answer)>();
            foreach (var unit in chunk)
            {
                foreach (var (start, end) in Periods(unit.IntervalMonths))
                {
                    var current = end >= _today;
                    var last = Min(end, _lastDay);
                    if (last < start || !Chance(random, current ? 0.5 : 0.97))
                    {
                        continue;
                    }

                    var on = Day(random, start, last);
                    var draft = current && Chance(random, 0.2);
                    var (inspection, failed) = Inspect(random, unit, template.Id, items, on, draft, plain);
                    if (!draft)
                    {
                        submitted.Add((inspection, unit, failed));
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (inspection, answer) in plain)
            {
                answer.InspectionId = inspection.Id;
            }

            await answers.WriteAsync(plain.Select(p => p.Answer), cancellationToken);

            // Submitting turns failed items into findings; critical ones (and some major) get an action.
            var findings = new List<(Finding Finding, UnitInfo Unit, Inspection Inspection)>();
            foreach (var (inspection, unit, failed) in submitted)
            {
                foreach (var (answer, item) in failed)
                {
                    var finding = new Finding
                    {
                        UnitId = unit.Unit.Id,
                        InspectionId = inspection.Id,
                        ItemId = item.Id,
                        ItemCode = item.Code,
                        ItemText = item.Text,
                        Severity = item.Severity,
                        Note = answer.Note,
                    };
                    db.Findings.Add(finding);
                    Count("Findings");
                    findings.Add((finding, unit, inspection));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var opened = new List<(Finding Finding, CorrectiveAction Action)>();
            foreach (var (finding, unit, inspection) in findings)
            {
                if (finding.Severity == Severity.Critical || (finding.Severity == Severity.Major && Chance(random, 0.3)))
                {
                    opened.Add((finding, OpenAction(random, unit, ActionSource.Inspection, inspection.Id, finding.Id,
                        $"{finding.ItemCode}: {finding.ItemText}", finding.Severity, inspection.InspectedOn, finding.Severity == Severity.Critical ? 7 : 30)));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (finding, action) in opened)
            {
                finding.ActionId = action.Id;
            }
        }, "inspections", cancellationToken);
        await ReportAsync("self-inspections");
    }

    /// <summary>The unit's rhythm periods from the first day of the span to the current one.</summary>
    private IEnumerable<(DateOnly Start, DateOnly End)> Periods(int months)
    {
        for (var start = InspectionRhythm.PeriodOf(_firstDay, months).Start; start <= _today; start = start.AddMonths(months))
        {
            yield return (start, start.AddMonths(months).AddDays(-1));
        }
    }

    private (Inspection Inspection, List<(InspectionAnswer Answer, ChecklistItem Item)> Failed) Inspect(
        Random random, UnitInfo unit, int templateId, List<ChecklistItem> items, DateOnly on, bool draft, List<(Inspection, InspectionAnswer)> plain)
    {
        var facility = unit.Facilities[random.Next(unit.Facilities.Count)];
        var inspection = new Inspection
        {
            UnitId = unit.Unit.Id,
            FacilityId = facility.Id,
            AreaNames = string.Join(", ", unit.Areas.Where(a => a.FacilityId == facility.Id).Select(a => a.Name)),
            Inspectors = $"{unit.HeadLine}\n{PersonName(random)}, {Pick(random, ScaleNames.StaffTitles)}",
            TemplateId = templateId,
            InspectedOn = on,
            Status = draft ? InspectionStatus.Draft : InspectionStatus.Submitted,
            StartedAtUtc = At(on, 8),
            StartedByUserId = unit.HeadUserId,
            SubmittedAtUtc = draft ? null : At(on, 10, random.Next(60)),
            SubmittedBy = draft ? null : unit.HeadName,
        };
        var failed = new List<(InspectionAnswer, ChecklistItem)>();
        var answered = draft ? random.Next(1, items.Count) : items.Count;
        for (var i = 0; i < answered; i++)
        {
            var item = items[i];
            var roll = random.NextDouble();
            var result = roll < 0.03 ? AnswerResult.Fail : roll < 0.09 ? AnswerResult.NotApplicable : AnswerResult.Pass;
            var answer = new InspectionAnswer
            {
                UnitId = unit.Unit.Id,
                ItemId = item.Id,
                Result = result,
                Note = result == AnswerResult.Fail ? "Chưa đạt, cần khắc phục." : null,
                AnsweredAtUtc = At(on, 8, Math.Min(59, i * 2)),
                AnsweredBy = unit.HeadName,
                Version = 1,
            };
            if (result == AnswerResult.Fail)
            {
                failed.Add((answer, item));
                if (Chance(random, 0.2))
                {
                    answer.Files.Add(new InspectionAnswerFile { FileId = Photo(random, unit, on, item.Code) });
                    Count("InspectionAnswerFiles");
                }
            }

            // Answers with a photo go through EF (the link needs their key); the rest are written raw.
            if (answer.Files.Count > 0)
            {
                inspection.Answers.Add(answer);
            }
            else
            {
                plain.Add((inspection, answer));
            }

            Count("InspectionAnswers");
            if (!draft && result != AnswerResult.NotApplicable)
            {
                inspection.Applicable++;
                inspection.Passed += result == AnswerResult.Pass ? 1 : 0;
            }
        }

        if (!draft && failed.Count > 0)
        {
            inspection.Recommendations = $"Khắc phục ngay các tồn tại: {string.Join(", ", failed.Select(f => f.Item2.Code))}.";
        }

        db.Inspections.Add(inspection);
        Count("Inspections");
        return (inspection, failed);
    }

    /// <summary>
    /// A photo's metadata row. The bytes are not written: the storage key points at nothing, so a
    /// download of a generated photo fails (the benchmarks measure pages, not files).
    /// </summary>
    private Guid Photo(Random random, UnitInfo unit, DateOnly on, string itemCode)
    {
        var id = Guid(random);
        Span<byte> hash = stackalloc byte[32];
        random.NextBytes(hash);
        db.EvidenceFiles.Add(new EvidenceFile
        {
            Id = id,
            UnitId = unit.Unit.Id,
            StorageKey = string.Create(CultureInfo.InvariantCulture, $"scale/{unit.Unit.Id}/{id:N}.jpg"),
            FileName = string.Create(CultureInfo.InvariantCulture, $"anh-{itemCode.ToLowerInvariant()}-{on:yyyyMMdd}.jpg"),
            ContentType = "image/jpeg",
            SizeBytes = random.Next(150_000, 900_000),
            Sha256 = Convert.ToHexStringLower(hash),
            UploadedAtUtc = At(on, 9),
            UploadedByUserId = unit.HeadUserId,
        });
        Count("EvidenceFiles");
        return id;
    }
}

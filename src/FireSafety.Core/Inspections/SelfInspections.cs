using FireSafety.Core.Actions;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Inspections;

/// <summary>What starting an inspection needs.</summary>
public sealed record StartInspection(int UnitId, int FacilityId, string? AreaNames, string Inspectors, int TemplateId, DateOnly InspectedOn, bool CarryOver);

/// <summary>
/// The self-inspection workflow: start a draft (optionally carrying over the last inspection's
/// open findings), save answers one at a time, submit (refused with Vietnamese reasons when an
/// item is unanswered or a failure has no note). Submitting turns failures into findings, opens a
/// corrective action for each critical one, links carried-over findings to their existing action
/// and verifies the actions whose item now passes. The unit scope applies to every read and write.
/// </summary>
public sealed class SelfInspections(FireSafetyDbContext db, CorrectiveActions actions, ICurrentUser currentUser, TimeProvider time)
{
    public const string CarriedPrefix = "Tồn tại từ lần kiểm tra trước: ";
    public const string NotDraft = "Biên bản đã nộp, không sửa được nữa.";
    public const string UnknownItem = "Tiêu chí không thuộc bộ tiêu chí của lần kiểm tra này.";

    /// <summary>{0} who saved, {1} when (HH:mm dd/MM/yyyy), {2} the result they saved.</summary>
    public const string AnswerConflict = "{0} vừa lưu tiêu chí này lúc {1} (kết quả: {2}). Câu trả lời của bạn chưa được lưu: xem lại rồi bấm Lưu để ghi đè.";

    public async Task<Inspection> StartAsync(StartInspection request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inspection = new Inspection
        {
            UnitId = request.UnitId,
            FacilityId = request.FacilityId,
            AreaNames = string.IsNullOrWhiteSpace(request.AreaNames) ? null : request.AreaNames.Trim(),
            Inspectors = request.Inspectors.Trim(),
            TemplateId = request.TemplateId,
            InspectedOn = request.InspectedOn,
            Status = InspectionStatus.Draft,
            StartedAtUtc = time.GetUtcNow().UtcDateTime,
            StartedByUserId = currentUser.UserId,
        };

        if (request.CarryOver)
        {
            await CarryOverAsync(inspection, cancellationToken);
        }

        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(cancellationToken);
        return inspection;
    }

    /// <summary>The open findings of the unit's last submitted inspection, as failed answers to re-check (matched by item code).</summary>
    private async Task CarryOverAsync(Inspection inspection, CancellationToken cancellationToken)
    {
        var last = await db.Inspections.AsNoTracking()
            .Where(i => i.UnitId == inspection.UnitId && i.Status == InspectionStatus.Submitted)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .Select(i => (int?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return;
        }

        inspection.CarriedFromId = last;
        var open = await db.Findings.AsNoTracking()
            .Where(f => f.InspectionId == last)
            .Where(f => f.ActionId == null || db.CorrectiveActions.Any(a => a.Id == f.ActionId && a.Status != ActionStatus.Verified))
            .ToListAsync(cancellationToken);
        var items = await ItemsAsync(inspection.TemplateId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        inspection.Answers = [.. CarryOverPlan(open, items).Select(c => new InspectionAnswer
        {
            UnitId = inspection.UnitId,
            ItemId = c.ItemId,
            Result = AnswerResult.Fail,
            Note = c.Note,
            CarriedOver = true,
            CarriedActionId = c.ActionId,
            AnsweredAtUtc = now,
            AnsweredBy = currentUser.UserName,
        })];
    }

    /// <summary>Which findings carry over into which item of the new checklist revision (by code).</summary>
    public static IReadOnlyList<(int ItemId, string Note, int? ActionId)> CarryOverPlan(IEnumerable<Finding> openFindings, IEnumerable<ChecklistItem> items)
    {
        var byCode = items.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return [.. openFindings
            .Where(f => byCode.ContainsKey(f.ItemCode))
            .GroupBy(f => f.ItemCode, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(f => (byCode[f.ItemCode], Cut(CarriedPrefix + (f.Note ?? f.ItemText)), f.ActionId))];
    }

    /// <summary>
    /// Saves one item's answer, made against <paramref name="expectedVersion"/> of it (0 when the
    /// person saw no answer). Null when saved; otherwise the refusal: not a draft, an item of
    /// another checklist, or a conflict when someone saved the item since (the answer then stays
    /// as they left it and the refusal says who, when and what).
    /// </summary>
    public async Task<AnswerRefusal?> SaveAnswerAsync(Inspection inspection, int itemId, AnswerResult? result, string? note, IReadOnlyList<Guid> fileIds, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(fileIds);
        if (inspection.Status != InspectionStatus.Draft)
        {
            return new AnswerRefusal(NotDraft);
        }

        var belongs = await db.ChecklistItems.AnyAsync(i => i.Id == itemId && i.Section!.TemplateId == inspection.TemplateId, cancellationToken);
        if (!belongs)
        {
            return new AnswerRefusal(UnknownItem);
        }

        var answer = await db.InspectionAnswers.Include(a => a.Files)
            .FirstOrDefaultAsync(a => a.InspectionId == inspection.Id && a.ItemId == itemId, cancellationToken);
        if (answer is not null && answer.Version != expectedVersion)
        {
            return Conflict(answer);
        }

        if (answer is null)
        {
            answer = new InspectionAnswer { InspectionId = inspection.Id, UnitId = inspection.UnitId, ItemId = itemId };
            db.InspectionAnswers.Add(answer);
        }

        answer.Result = result ?? answer.Result;
        answer.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        answer.AnsweredAtUtc = time.GetUtcNow().UtcDateTime;
        answer.AnsweredBy = currentUser.UserName;
        answer.Files.AddRange(fileIds.Select(f => new InspectionAnswerFile { FileId = f }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Someone saved the same item between our read and our write (an update of the older
            // version, or a second first answer hitting the unique index): theirs stands.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity == answer || answer.Files.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }

            var stored = await db.InspectionAnswers.AsNoTracking()
                .FirstOrDefaultAsync(a => a.InspectionId == inspection.Id && a.ItemId == itemId, cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return Conflict(stored);
        }
    }

    private static AnswerRefusal Conflict(InspectionAnswer stored) =>
        new(AnswerConflict, stored.AnsweredBy, stored.AnsweredAtUtc, stored.Result, stored.Version);

    /// <summary>Items of a checklist revision in order, with their answers in this inspection.</summary>
    public async Task<List<ItemAnswer>> AnswersAsync(Inspection inspection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var items = await ItemsAsync(inspection.TemplateId, cancellationToken);
        var answers = await db.InspectionAnswers.AsNoTracking().Where(a => a.InspectionId == inspection.Id)
            .ToDictionaryAsync(a => a.ItemId, cancellationToken);
        return [.. items.Select(i => answers.TryGetValue(i.Id, out var a)
            ? new ItemAnswer(i.Id, i.Code, i.Text, i.Severity, a.Result, a.Note)
            : new ItemAnswer(i.Id, i.Code, i.Text, i.Severity, null, null))];
    }

    /// <summary>
    /// Submits a draft: the refusals (item code, message key) when it may not be submitted, or an
    /// empty list when it was. <paramref name="ownerUserId"/> owns the actions it opens (null = the unit's heads).
    /// </summary>
    public async Task<IReadOnlyList<(string ItemCode, string Message)>> SubmitAsync(Inspection inspection, string? recommendations, string? ownerUserId, string? ownerName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (inspection.Status != InspectionStatus.Draft)
        {
            return [(string.Empty, NotDraft)];
        }

        var items = await AnswersAsync(inspection, cancellationToken);
        var errors = InspectionRules.CheckSubmit(items);
        if (errors.Count > 0)
        {
            return errors;
        }

        var score = InspectionScore.Compute(items);
        var now = time.GetUtcNow().UtcDateTime;
        var carriedAnswers = await db.InspectionAnswers.AsNoTracking()
            .Where(a => a.InspectionId == inspection.Id && a.CarriedOver)
            .Select(a => new { a.ItemId, a.CarriedActionId })
            .ToListAsync(cancellationToken);
        var carriedItems = carriedAnswers.Select(a => a.ItemId).ToHashSet();
        var carried = carriedAnswers.Where(a => a.CarriedActionId != null).ToDictionary(a => a.ItemId, a => a.CarriedActionId!.Value);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        inspection.Status = InspectionStatus.Submitted;
        inspection.SubmittedAtUtc = now;
        inspection.SubmittedBy = currentUser.UserName;
        inspection.Recommendations = string.IsNullOrWhiteSpace(recommendations) ? null : recommendations.Trim();
        inspection.Passed = score.Passed;
        inspection.Applicable = score.Applicable;

        var findings = score.Failures.Select(f => new Finding
        {
            UnitId = inspection.UnitId,
            InspectionId = inspection.Id,
            ItemId = f.ItemId,
            ItemCode = f.Code,
            ItemText = f.Text,
            Severity = f.Severity,
            Note = f.Note,
            CarriedOver = carriedItems.Contains(f.ItemId),
            ActionId = carried.TryGetValue(f.ItemId, out var actionId) ? actionId : null,
        }).ToList();
        db.Findings.AddRange(findings);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var finding in findings.Where(f => f.ActionId is null && f.Severity == Severity.Critical))
        {
            finding.ActionId = (await OpenActionAsync(inspection, finding, null, ownerUserId, ownerName, cancellationToken)).Id;
        }

        // An item that failed last time and passes now: the inspection verifies its action.
        var passedIds = items.Where(i => i.Result == AnswerResult.Pass).Select(i => i.ItemId).ToHashSet();
        var toVerify = carried.Where(c => passedIds.Contains(c.Key)).Select(c => c.Value).ToList();
        foreach (var action in await db.CorrectiveActions.Where(a => toVerify.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            var transition = ActionWorkflow.Apply(action.State, new ActionEvent.VerifyByInspection(now, currentUser.UserName ?? string.Empty, inspection.Id));
            if (transition.IsAllowed)
            {
                action.Apply(transition.State);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Turns a non-critical finding into a corrective action by hand (once).</summary>
    public async Task<CorrectiveAction?> CreateActionAsync(Finding finding, DateOnly? dueOn, string? ownerUserId, string? ownerName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.ActionId is not null)
        {
            return null;
        }

        var inspection = await db.Inspections.SingleAsync(i => i.Id == finding.InspectionId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var action = await OpenActionAsync(inspection, finding, dueOn, ownerUserId, ownerName, cancellationToken);
        finding.ActionId = action.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return action;
    }

    private Task<CorrectiveAction> OpenActionAsync(Inspection inspection, Finding finding, DateOnly? dueOn, string? ownerUserId, string? ownerName, CancellationToken cancellationToken) =>
        actions.OpenAsync(
            new OpenActionRequest(
                inspection.UnitId,
                ActionSource.Inspection,
                inspection.Id,
                $"{finding.ItemCode}. {finding.ItemText}",
                finding.Note,
                finding.Severity,
                dueOn,
                ownerUserId,
                ownerName,
                finding.Id),
            cancellationToken);

    private Task<List<ChecklistItem>> ItemsAsync(int templateId, CancellationToken cancellationToken) =>
        db.ChecklistItems.AsNoTracking()
            .Where(i => i.Section!.TemplateId == templateId)
            .OrderBy(i => i.Section!.SortOrder).ThenBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);

    private static string Cut(string text) => text.Length <= Inspection.TextMaxLength ? text : text[..Inspection.TextMaxLength];
}

using FireSafety.Core.Actions;

namespace FireSafety.Core.Inspections;

/// <summary>One item with its answer (null when not answered yet).</summary>
public sealed record ItemAnswer(int ItemId, string Code, string Text, Severity Severity, AnswerResult? Result, string? Note);

/// <summary>Score = passed / applicable; failures listed critical first, then major, then minor, in checklist order.</summary>
public sealed record InspectionScore(int Passed, int Failed, int NotApplicable, int Unanswered, IReadOnlyList<ItemAnswer> Failures)
{
    public int Applicable => Passed + Failed;

    /// <summary>Whole percent, rounded down so 99.6 % never shows as 100 %; null when nothing applies.</summary>
    public int? Percent => Applicable == 0 ? null : Passed * 100 / Applicable;

    public int CriticalFailures => Failures.Count(f => f.Severity == Severity.Critical);

    /// <summary>Items in checklist order.</summary>
    public static InspectionScore Compute(IEnumerable<ItemAnswer> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var failures = list.Select((item, index) => (item, index))
            .Where(x => x.item.Result == AnswerResult.Fail)
            .OrderBy(x => x.item.Severity).ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
        return new InspectionScore(
            list.Count(i => i.Result == AnswerResult.Pass),
            failures.Count,
            list.Count(i => i.Result == AnswerResult.NotApplicable),
            list.Count(i => i.Result is null),
            failures);
    }

    public static string Format(int passed, int applicable) =>
        applicable == 0 ? "—" : $"{passed}/{applicable} ({passed * 100 / applicable}%)";
}

/// <summary>What refuses a submission: every item answered, every failure explained.</summary>
public static class InspectionRules
{
    public const string Unanswered = "Tiêu chí {0} chưa được đánh giá.";
    public const string FailWithoutNote = "Tiêu chí {0} không đạt: phải ghi rõ tồn tại, thiếu sót.";
    public const string NoteMaxLength = "Ghi chú không được dài quá {0} ký tự.";

    /// <summary>The refusals (message key and the item code) in checklist order; empty when it may be submitted.</summary>
    public static IReadOnlyList<(string ItemCode, string Message)> CheckSubmit(IEnumerable<ItemAnswer> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var errors = new List<(string, string)>();
        foreach (var item in items)
        {
            if (item.Result is null)
            {
                errors.Add((item.Code, Unanswered));
            }
            else if (item.Result == AnswerResult.Fail && string.IsNullOrWhiteSpace(item.Note))
            {
                errors.Add((item.Code, FailWithoutNote));
            }
        }

        return errors;
    }
}

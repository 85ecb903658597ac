namespace FireSafety.Core.Inspections;

/// <summary>
/// Why an answer was not saved: a message key and, for a conflict, the answer that stands
/// (who saved it, when, its result and the version to save against to overwrite it).
/// </summary>
public sealed record AnswerRefusal(
    string Message,
    string? SavedBy = null,
    DateTime? SavedAtUtc = null,
    AnswerResult? SavedResult = null,
    long CurrentVersion = 0)
{
    public bool IsConflict => Message == SelfInspections.AnswerConflict;
}

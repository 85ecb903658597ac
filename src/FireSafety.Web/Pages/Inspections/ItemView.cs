using FireSafety.Core.Actions;
using FireSafety.Core.Inspections;

namespace FireSafety.Web.Pages.Inspections;

/// <summary>One checklist item on the fill form, with its saved answer.</summary>
public sealed record ItemView(
    int InspectionId,
    int Index,
    int ItemId,
    string Code,
    string SectionTitle,
    string Text,
    string? LegalBasis,
    Severity Severity,
    AnswerResult? Result,
    string? Note,
    bool CarriedOver,
    IReadOnlyList<(Guid Id, string Name)> Files,
    bool OneAtATime,
    long Version,
    string? Error = null,
    bool Saved = false);

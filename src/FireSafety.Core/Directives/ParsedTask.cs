namespace FireSafety.Core.Directives;

/// <summary>One item under an audience heading ("Đối với …", "… chủ trì, phối hợp với …").</summary>
/// <param name="Text">The item's text, markers and trailing ";" removed, wrapped lines joined.</param>
/// <param name="Audience">The heading text the item stands under.</param>
/// <param name="AllUnits">True when the audience is every division, centre or unit.</param>
/// <param name="LeadUnit">The unit in charge (chủ trì), when one unit is named.</param>
/// <param name="CoordinatingUnits">Units named after "phối hợp với".</param>
/// <param name="Categories">Keyword categories; <see cref="TaskCategory.Other"/> alone when none matched.</param>
/// <param name="Recurrence">"hằng năm" / "hằng quý" / "hằng tháng", the first one stated.</param>
/// <param name="DueOn">A full date after "trước ngày" or "chậm nhất ngày".</param>
public sealed record ParsedTask(
    string Text,
    string? Audience,
    bool AllUnits,
    string? LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    IReadOnlyList<TaskCategory> Categories,
    Recurrence? Recurrence,
    DateOnly? DueOn);

namespace FireSafety.Core.Directives;

/// <summary>Which rule refused an event; the web layer may map it to a localised text.</summary>
public enum AssignmentRule
{
    /// <summary>Nothing may happen after acceptance.</summary>
    AlreadyAccepted,

    /// <summary>The unit already submitted; the office has to decide first.</summary>
    AwaitingReview,

    /// <summary>Accept and return need a pending submission.</summary>
    NotSubmitted,

    /// <summary>A return needs a reason.</summary>
    ReasonRequired,

    /// <summary>A progress report needs text.</summary>
    TextRequired,

    /// <summary>An event may not be earlier than the previous one.</summary>
    OutOfOrder,
}

/// <summary>A refused event: the rule and a Vietnamese message for the user.</summary>
public sealed record RuleViolation(AssignmentRule Rule, string Message);

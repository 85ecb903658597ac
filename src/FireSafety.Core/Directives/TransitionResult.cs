using System.Diagnostics.CodeAnalysis;

namespace FireSafety.Core.Directives;

/// <summary>Either the new state (<see cref="IsAllowed"/>) or the rule that refused the event.</summary>
public sealed record TransitionResult
{
    private TransitionResult(AssignmentState? state, RuleViolation? violation)
    {
        State = state;
        Violation = violation;
    }

    public AssignmentState? State { get; }

    public RuleViolation? Violation { get; }

    [MemberNotNullWhen(true, nameof(State))]
    [MemberNotNullWhen(false, nameof(Violation))]
    public bool IsAllowed => State is not null;

    public static TransitionResult Allowed(AssignmentState state) => new(state, null);

    public static TransitionResult Refused(AssignmentRule rule, string message) => new(null, new RuleViolation(rule, message));
}

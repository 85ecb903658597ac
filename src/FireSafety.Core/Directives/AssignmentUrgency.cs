using FireSafety.Core.Common;

namespace FireSafety.Core.Directives;

/// <summary>The groups of the follow-up board, most urgent first.</summary>
public enum UrgencyBand
{
    /// <summary>Not done and past its due date (returned ones included): the unit must act.</summary>
    Overdue = 0,

    /// <summary>Not done, still within term (returned ones included).</summary>
    WithinTerm = 1,

    /// <summary>Submitted, waiting for the office.</summary>
    AwaitingReview = 2,

    /// <summary>Accepted.</summary>
    Done = 3,
}

/// <summary>A sort key: ascending order is most urgent first. <see cref="Rank"/> orders within a band.</summary>
public readonly record struct UrgencyKey(UrgencyBand Band, long Rank) : IComparable<UrgencyKey>
{
    public int CompareTo(UrgencyKey other)
    {
        var byBand = Band.CompareTo(other.Band);
        return byBand != 0 ? byBand : Rank.CompareTo(other.Rank);
    }
}

/// <summary>
/// The follow-up board's order: overdue first (most days overdue first), then within term by
/// nearest due date (due today first), then submitted and waiting for the office (oldest
/// submission first, whatever its due date: the next move is the office's), then accepted (most
/// recently accepted first). Returned assignments are back with the unit and sort by their dates
/// like open ones. Days are Vietnam dates. Ties are left to the caller (e.g. then by unit name).
/// </summary>
public static class AssignmentUrgency
{
    public static UrgencyKey Key(AssignmentState state, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        var days = VietnamTime.ToLocalDate(asOf).DayNumber - state.DueOn.DayNumber;
        return state.Status switch
        {
            AssignmentStatus.Accepted => new UrgencyKey(UrgencyBand.Done, -(state.AcceptedAt ?? DateTime.MinValue).Ticks),
            AssignmentStatus.Submitted => new UrgencyKey(UrgencyBand.AwaitingReview, (state.SubmittedAt ?? DateTime.MinValue).Ticks),
            _ when days > 0 => new UrgencyKey(UrgencyBand.Overdue, -days),
            _ => new UrgencyKey(UrgencyBand.WithinTerm, -days),
        };
    }

    public static UrgencyKey Key(AssignmentState state, TimeProvider time) => Key(state, time.GetUtcNow().UtcDateTime);

    public static IEnumerable<T> OrderByUrgency<T>(this IEnumerable<T> items, Func<T, AssignmentState> state, DateTime asOf) =>
        items.OrderBy(item => Key(state(item), asOf));
}

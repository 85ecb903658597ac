namespace FireSafety.Core.RiskPoints;

public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
    Extreme = 3,
}

/// <summary>The 5 × 5 likelihood × severity matrix.</summary>
public static class RiskMatrix
{
    public const int Min = 1;
    public const int Max = 5;

    public static int Score(int likelihood, int severity) => likelihood * severity;

    /// <summary>1–4 low, 5–9 medium, 10–16 high, 20–25 extreme.</summary>
    public static RiskLevel Level(int score) => score switch
    {
        <= 4 => RiskLevel.Low,
        <= 9 => RiskLevel.Medium,
        <= 16 => RiskLevel.High,
        _ => RiskLevel.Extreme,
    };

    /// <summary>The lowest and highest score of a level, for filtering in SQL (<c>Likelihood * Severity</c> between them).</summary>
    public static (int Min, int Max) ScoreRange(RiskLevel level) => level switch
    {
        RiskLevel.Low => (1, 4),
        RiskLevel.Medium => (5, 9),
        RiskLevel.High => (10, 16),
        _ => (17, Max * Max),
    };

    public static bool IsReviewOverdue(DateOnly nextReviewOn, DateOnly today) => nextReviewOn < today;
}

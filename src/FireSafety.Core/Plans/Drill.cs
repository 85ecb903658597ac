using FireSafety.Core.Common;

namespace FireSafety.Core.Plans;

/// <summary>A drill of a plan (thực tập phương án chữa cháy, cứu nạn, cứu hộ).</summary>
public sealed class Drill : IUnitOwned, IVersioned
{
    public const int ScenarioMaxLength = 500;
    public const int TextMaxLength = 4000;
    public const int MaxParticipants = 100_000;

    public int Id { get; set; }

    /// <summary>The plan revision drilled (the current one when the drill was recorded).</summary>
    public int PlanId { get; set; }

    public ResponsePlan? Plan { get; set; }

    /// <summary>Copied from the plan.</summary>
    public int UnitId { get; set; }

    /// <summary>Vietnam calendar date of the drill.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>Which scenario was played.</summary>
    public string Scenario { get; set; } = string.Empty;

    public int ParticipantCount { get; set; }

    public string? Participants { get; set; }

    /// <summary>Whether the police fire service (Cảnh sát PCCC và CNCH) took part.</summary>
    public bool PoliceParticipated { get; set; }

    public string? Evaluation { get; set; }

    public long Version { get; set; }
}

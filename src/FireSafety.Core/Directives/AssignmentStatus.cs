namespace FireSafety.Core.Directives;

/// <summary>Where an assignment stands between the unit and the department office.</summary>
public enum AssignmentStatus
{
    /// <summary>Assigned; the unit is working on it (progress reports allowed).</summary>
    Open = 0,

    /// <summary>The unit marked it done; waiting for the office to accept or return it.</summary>
    Submitted = 1,

    /// <summary>The office returned the result with a reason; back with the unit, who may submit again.</summary>
    Returned = 2,

    /// <summary>The office accepted the result. Final.</summary>
    Accepted = 3,
}

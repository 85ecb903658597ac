using FireSafety.Core.Users;
using Microsoft.AspNetCore.Authorization;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// The named authorization policies. Pages declare one of these (by folder convention or
/// attribute); docs/permissions.md is the human-readable matrix and a test holds the two together.
/// </summary>
public static class Permissions
{
    /// <summary>Units, users, audit trail, checklist templates.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Reading the unit registers (facilities, areas): every role, scoped by unit.</summary>
    public const string ViewRegisters = nameof(ViewRegisters);

    /// <summary>Editing facilities and areas: Admin, Office, and a UnitHead for their own unit.</summary>
    public const string EditRegisters = nameof(EditRegisters);

    /// <summary>Reading directives and the tasks of one's scope: every role.</summary>
    public const string ViewDirectives = nameof(ViewDirectives);

    /// <summary>Registering, importing and assigning directives: the office (and Admin).</summary>
    public const string ManageDirectives = nameof(ManageDirectives);

    /// <summary>Reporting progress on an assignment and submitting it: the unit (UnitHead), or the office for it.</summary>
    public const string ReportProgress = nameof(ReportProgress);

    /// <summary>Accepting or returning a submitted assignment: the office (and Admin).</summary>
    public const string ReviewAssignments = nameof(ReviewAssignments);

    /// <summary>Reporting a corrective action fixed: the unit (UnitHead), or the office for it.</summary>
    public const string FixActions = nameof(FixActions);

    /// <summary>Verifying a fixed corrective action or rejecting the fix: the office (and Admin).</summary>
    public const string VerifyActions = nameof(VerifyActions);
    /// <summary>Raising a difficulty for one's own unit and writing in its thread: units (UnitHead), and the office for its own unit.</summary>
    public const string RaiseDifficulties = nameof(RaiseDifficulties);

    /// <summary>Answering units' difficulties and closing them: the office (and Admin).</summary>
    public const string AnswerDifficulties = nameof(AnswerDifficulties);
    /// <summary>Reading incidents of one's scope: every role.</summary>
    public const string ViewIncidents = nameof(ViewIncidents);

    /// <summary>Filing a quick report, completing the record, adding to the timeline: Admin, Office, and a UnitHead for their own unit.</summary>
    public const string ReportIncidents = nameof(ReportIncidents);

    /// <summary>Reading the annual summaries to the provincial police: the office, leaders, Admin.</summary>
    public const string ViewReports = nameof(ViewReports);

    /// <summary>Requesting compiles, writing the narrative, submitting and recording as sent: the office (and Admin).</summary>
    public const string ManageReports = nameof(ManageReports);

    /// <summary>Approving (freezing) or returning a submitted summary: leaders (and Admin).</summary>
    public const string ApproveReports = nameof(ApproveReports);

    /// <summary>Starting, filling and submitting self-inspections: the unit (UnitHead), and the office for any unit.</summary>
    public const string ConductInspections = nameof(ConductInspections);

    /// <summary>Checklist templates and units' inspection rhythms: the office (and Admin).</summary>
    public const string ManageInspections = nameof(ManageInspections);

    /// <summary>Reading fire-fighting plans ("4 tại chỗ") and drills of one's scope: every role.</summary>
    public const string ViewPlans = nameof(ViewPlans);

    /// <summary>Drafting plans and recording drills: Admin, Office, and a UnitHead for their own unit.</summary>
    public const string ManagePlans = nameof(ManagePlans);

    /// <summary>Approving a drafted plan: the office and leaders (and Admin).</summary>
    public const string ApprovePlans = nameof(ApprovePlans);
    /// <summary>Reading dissemination activities and training records: every role, scoped by unit.</summary>
    public const string ViewTraining = nameof(ViewTraining);

    /// <summary>Recording, editing and deleting them: Admin, Office, and a UnitHead for their own unit.</summary>
    public const string ManageTraining = nameof(ManageTraining);

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ViewPlans, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead, Roles.Leader));
        options.AddPolicy(ManagePlans, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(ApprovePlans, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.Leader));
        options.AddPolicy(ViewIncidents, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead, Roles.Leader));
        options.AddPolicy(ReportIncidents, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(ViewDirectives, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead, Roles.Leader));
        options.AddPolicy(ManageDirectives, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(ReportProgress, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(ReviewAssignments, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(RaiseDifficulties, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(AnswerDifficulties, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(ViewReports, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.Leader));
        options.AddPolicy(ManageReports, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(ApproveReports, p => p.RequireRole(Roles.Admin, Roles.Leader));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ViewRegisters, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead, Roles.Leader));
        options.AddPolicy(EditRegisters, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(FixActions, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(VerifyActions, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(ConductInspections, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
        options.AddPolicy(ManageInspections, p => p.RequireRole(Roles.Admin, Roles.Office));
        options.AddPolicy(ViewTraining, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead, Roles.Leader));
        options.AddPolicy(ManageTraining, p => p.RequireRole(Roles.Admin, Roles.Office, Roles.UnitHead));
    }
}

using System.Linq.Expressions;
using FireSafety.Core.Actions;
using FireSafety.Core.Auditing;
using FireSafety.Core.Common;
using FireSafety.Core.Directives;
using FireSafety.Core.Evidence;
using FireSafety.Core.Incidents;
using FireSafety.Core.Inspections;
using FireSafety.Core.Notifications;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data;

/// <summary>
/// The one context of the application: Identity, the domain, the audit trail and the Data
/// Protection key ring. Saving writes the audit trail in the same transaction; reading is
/// filtered by the <see cref="UnitScope"/> of the current request.
/// </summary>
public sealed class FireSafetyDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public const string UnitScopeFilter = "UnitScope";

    private readonly UnitScope _scope;
    private readonly AuditWriter _auditWriter;

    public FireSafetyDbContext(
        DbContextOptions<FireSafetyDbContext> options,
        UnitScope? scope = null,
        ICurrentUser? currentUser = null,
        TimeProvider? timeProvider = null)
        : base(options)
    {
        _scope = scope ?? new UnitScope();
        _auditWriter = new AuditWriter(currentUser ?? SystemUser.Instance, timeProvider ?? TimeProvider.System, _scope);
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Directive> Directives => Set<Directive>();

    public DbSet<DirectiveTask> DirectiveTasks => Set<DirectiveTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<AssignmentEntry> AssignmentEntries => Set<AssignmentEntry>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Difficulty> Difficulties => Set<Difficulty>();

    public DbSet<DifficultyMessage> DifficultyMessages => Set<DifficultyMessage>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Jobs.JobLease> JobLeases => Set<Jobs.JobLease>();

    public DbSet<Reporting.AnnualSummary> AnnualSummaries => Set<Reporting.AnnualSummary>();

    public DbSet<Reporting.SummaryRun> SummaryRuns => Set<Reporting.SummaryRun>();

    public DbSet<CorrectiveAction> CorrectiveActions => Set<CorrectiveAction>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentTimelineEntry> IncidentTimelineEntries => Set<IncidentTimelineEntry>();

    public DbSet<IncidentCode> IncidentCodes => Set<IncidentCode>();
    public DbSet<ChecklistTemplate> ChecklistTemplates => Set<ChecklistTemplate>();

    public DbSet<ChecklistSection> ChecklistSections => Set<ChecklistSection>();

    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionAnswer> InspectionAnswers => Set<InspectionAnswer>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<UnitInspectionPlan> UnitInspectionPlans => Set<UnitInspectionPlan>();
    public DbSet<Equipment.EquipmentType> EquipmentTypes => Set<Equipment.EquipmentType>();

    public DbSet<Equipment.EquipmentItem> EquipmentItems => Set<Equipment.EquipmentItem>();

    public DbSet<Equipment.EquipmentCheck> EquipmentChecks => Set<Equipment.EquipmentCheck>();

    public DbSet<RiskPoints.RiskPoint> RiskPoints => Set<RiskPoints.RiskPoint>();

    public DbSet<Plans.ResponsePlan> ResponsePlans => Set<Plans.ResponsePlan>();

    public DbSet<Plans.PlanScenario> PlanScenarios => Set<Plans.PlanScenario>();

    public DbSet<Plans.PlanContact> PlanContacts => Set<Plans.PlanContact>();

    public DbSet<Plans.Drill> Drills => Set<Plans.Drill>();
    public DbSet<Training.DisseminationActivity> DisseminationActivities => Set<Training.DisseminationActivity>();

    public DbSet<Training.TrainingRecord> TrainingRecords => Set<Training.TrainingRecord>();

    /// <summary>
    /// Set only by the scale generator (<see cref="Scale.ScaleSeeder"/>, a benchmark tool) for its
    /// bulk load: saves still bump versions and refresh search columns but write no audit rows; the
    /// generator records one audit entry for the whole load instead (ADR 0080).
    /// </summary>
    internal bool SkipAuditTrail { get; set; }

    /// <summary>The unit scope this context reads in (<see cref="UnitScope.Key"/>).</summary>
    public string ScopeKey => _scope.Key;

    // Read by the unit-scope query filters on every query. Null when unrestricted; the filters
    // inline it with EF.Constant, so EF compiles one SQL per case: none for an unrestricted
    // scope, a plain "UnitId IN (...)" that can use the UnitId indexes for a restricted one.
    // (As a parameter, "@restricted OR UnitId IN (...)" hid the indexes from SQLite: a unit
    // head's every query scanned the whole table.)
    private int? ScopeRestricted => _scope.IsRestricted ? 1 : null;

    private IReadOnlyList<int> ScopeUnitIds => _scope.UnitIds;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RequireAcceptAll(acceptAllChangesOnSuccess);
        var pending = _auditWriter.Prepare(ChangeTracker);
        if (pending.Count == 0 || SkipAuditTrail)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditEntries.AddRange(_auditWriter.Complete(pending));
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RequireAcceptAll(acceptAllChangesOnSuccess);
        var pending = _auditWriter.Prepare(ChangeTracker);
        if (pending.Count == 0 || SkipAuditTrail)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The audit rows need the keys the database generates, so they are written in a second
        // round trip inside the same transaction: both land, or neither does.
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(_auditWriter.Complete(pending));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    // The audit rows are saved in a second round trip; with acceptAllChangesOnSuccess false the
    // first round's entries would still be pending and be written twice.
    private static void RequireAcceptAll(bool acceptAllChangesOnSuccess)
    {
        if (!acceptAllChangesOnSuccess)
        {
            throw new NotSupportedException("FireSafetyDbContext always accepts changes on success (the audit trail is written in a second round trip).");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FireSafetyDbContext).Assembly);
        ApplyUnitScopeFilters(builder);
    }

    /// <summary>
    /// The single place where unit scoping happens: every <see cref="IUnitOwned"/> entity, and the
    /// unit register itself, only shows rows of the scope's units when the scope is restricted.
    /// </summary>
    private void ApplyUnitScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Unit>().HasQueryFilter(
            UnitScopeFilter, u => EF.Constant(ScopeRestricted) == null || ScopeUnitIds.Contains(u.Id));

        var context = Expression.Constant(this);
        var unrestricted = Expression.Equal(
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int?)], Expression.Property(context, nameof(ScopeRestricted))),
            Expression.Constant(null, typeof(int?)));
        var unitIds = Expression.Property(context, nameof(ScopeUnitIds));
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IUnitOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var unitId = Expression.Property(entity, nameof(IUnitOwned.UnitId));
            var contains = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], unitIds, unitId);
            var body = Expression.OrElse(unrestricted, contains);
            builder.Entity(entityType.ClrType).HasQueryFilter(UnitScopeFilter, Expression.Lambda(body, entity));
        }
    }
}

using FireSafety.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class ResponsePlanConfiguration : IEntityTypeConfiguration<ResponsePlan>
{
    public void Configure(EntityTypeBuilder<ResponsePlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ResponsePlan.TitleMaxLength).IsRequired();
        builder.Property(p => p.CommandSection).HasMaxLength(ResponsePlan.SectionMaxLength).IsRequired();
        builder.Property(p => p.ForcesSection).HasMaxLength(ResponsePlan.SectionMaxLength).IsRequired();
        builder.Property(p => p.EquipmentSection).HasMaxLength(ResponsePlan.SectionMaxLength).IsRequired();
        builder.Property(p => p.LogisticsSection).HasMaxLength(ResponsePlan.SectionMaxLength).IsRequired();
        builder.Property(p => p.ApprovedBy).HasMaxLength(ResponsePlan.ApproverMaxLength);
        builder.Property(p => p.SearchText).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.SeriesKey, p.Revision }).IsUnique();
        builder.HasIndex(p => new { p.UnitId, p.IsCurrent });
        builder.HasIndex(p => new { p.Status, p.ApprovedOn });
        builder.HasIndex(p => p.FacilityId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Facility).WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Scenarios).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanScenarioConfiguration : IEntityTypeConfiguration<PlanScenario>
{
    public void Configure(EntityTypeBuilder<PlanScenario> builder)
    {
        builder.Property(s => s.AreaName).HasMaxLength(PlanScenario.AreaMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(PlanScenario.TextMaxLength).IsRequired();
        builder.Property(s => s.Actions).HasMaxLength(PlanScenario.TextMaxLength);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanContactConfiguration : IEntityTypeConfiguration<PlanContact>
{
    public void Configure(EntityTypeBuilder<PlanContact> builder)
    {
        builder.Property(c => c.Role).HasMaxLength(PlanContact.RoleMaxLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(PlanContact.NameMaxLength).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(PlanContact.PhoneMaxLength).IsRequired();
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DrillConfiguration : IEntityTypeConfiguration<Drill>
{
    public void Configure(EntityTypeBuilder<Drill> builder)
    {
        builder.Property(d => d.Scenario).HasMaxLength(Drill.ScenarioMaxLength).IsRequired();
        builder.Property(d => d.Participants).HasMaxLength(Drill.TextMaxLength);
        builder.Property(d => d.Evaluation).HasMaxLength(Drill.TextMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.UnitId, d.HeldOn });
        builder.HasIndex(d => d.PlanId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Plan).WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

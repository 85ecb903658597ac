using FireSafety.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(50).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Items);
        builder.HasIndex(t => new { t.Code, t.Revision }).IsUnique();
        builder.HasMany(t => t.Sections).WithOne().HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChecklistSectionConfiguration : IEntityTypeConfiguration<ChecklistSection>
{
    public void Configure(EntityTypeBuilder<ChecklistSection> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(10).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.TitleEn).HasMaxLength(300);
        builder.HasMany(s => s.Items).WithOne(i => i.Section).HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(10).IsRequired();
        builder.Property(i => i.Text).HasMaxLength(ChecklistItem.TextMaxLength).IsRequired();
        builder.Property(i => i.TextEn).HasMaxLength(ChecklistItem.TextMaxLength);
        builder.Property(i => i.LegalBasis).HasMaxLength(500);
    }
}

internal sealed class InspectionEntityConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.AreaNames).HasMaxLength(1000);
        builder.Property(i => i.Inspectors).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.StartedByUserId).HasMaxLength(450);
        builder.Property(i => i.SubmittedBy).HasMaxLength(256);
        builder.Property(i => i.Recommendations).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(i => i.SearchText).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.UnitId, i.Status, i.InspectedOn });
        // The list's order (status, latest first), both ways: PagedList reads deep pages from the end.
        builder.HasIndex(i => new { i.Status, i.InspectedOn, i.Id }).IsDescending(false, true, true);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Units.Facility>().WithMany().HasForeignKey(i => i.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Template).WithMany().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(i => i.CarriedFromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(a => a.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionAnswerConfiguration : IEntityTypeConfiguration<InspectionAnswer>
{
    public void Configure(EntityTypeBuilder<InspectionAnswer> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.AnsweredBy).HasMaxLength(256);
        // One answer per item: saving again replaces it, so a retried request never duplicates.
        builder.HasIndex(a => new { a.InspectionId, a.ItemId }).IsUnique();
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Actions.CorrectiveAction>().WithMany().HasForeignKey(a => a.CarriedActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionAnswerFileConfiguration : IEntityTypeConfiguration<InspectionAnswerFile>
{
    public void Configure(EntityTypeBuilder<InspectionAnswerFile> builder)
    {
        builder.HasKey(f => new { f.AnswerId, f.FileId });
        builder.HasOne<Evidence.EvidenceFile>().WithMany().HasForeignKey(f => f.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.ItemCode).HasMaxLength(10).IsRequired();
        builder.Property(f => f.ItemText).HasMaxLength(ChecklistItem.TextMaxLength).IsRequired();
        builder.Property(f => f.Note).HasMaxLength(Inspection.TextMaxLength);
        builder.HasIndex(f => new { f.InspectionId, f.ItemId }).IsUnique();
        builder.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Actions.CorrectiveAction>().WithMany().HasForeignKey(f => f.ActionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class UnitInspectionPlanConfiguration : IEntityTypeConfiguration<UnitInspectionPlan>
{
    public void Configure(EntityTypeBuilder<UnitInspectionPlan> builder)
    {
        builder.HasKey(p => p.UnitId);
        builder.Property(p => p.UnitId).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Units.Unit>().WithOne().HasForeignKey<UnitInspectionPlan>(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

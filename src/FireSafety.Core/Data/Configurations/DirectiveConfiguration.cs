using FireSafety.Core.Directives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Kind).HasMaxLength(100);
        builder.Property(d => d.Place).HasMaxLength(100);
        builder.Property(d => d.IssuingBody).HasMaxLength(300);
        builder.Property(d => d.Subject).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.Addressees).HasMaxLength(2000);
        builder.Property(d => d.SignerAuthority).HasMaxLength(100);
        builder.Property(d => d.SignerTitle).HasMaxLength(200);
        builder.Property(d => d.SignerName).HasMaxLength(100);
        builder.Property(d => d.Distribution).HasMaxLength(2000);
        builder.Property(d => d.BodyText).HasMaxLength(100_000);
        builder.Property(d => d.SearchText).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.Number);
        builder.HasIndex(d => d.IssuedOn);
        builder.HasMany(d => d.Bases).WithOne().HasForeignKey(b => b.DirectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectiveBasisConfiguration : IEntityTypeConfiguration<DirectiveBasis>
{
    public void Configure(EntityTypeBuilder<DirectiveBasis> builder)
    {
        builder.HasKey(b => new { b.DirectiveId, b.BasisId });
        builder.HasOne(b => b.Basis).WithMany().HasForeignKey(b => b.BasisId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectiveTaskConfiguration : IEntityTypeConfiguration<DirectiveTask>
{
    public void Configure(EntityTypeBuilder<DirectiveTask> builder)
    {
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.Audience).HasMaxLength(500);
        builder.Property(t => t.Categories).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.CategoryList);
        builder.Ignore(t => t.Rhythm);
        builder.HasOne(t => t.Directive).WithMany(d => d.Tasks).HasForeignKey(t => t.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Units).WithOne().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectiveTaskUnitConfiguration : IEntityTypeConfiguration<DirectiveTaskUnit>
{
    public void Configure(EntityTypeBuilder<DirectiveTaskUnit> builder)
    {
        builder.HasKey(u => new { u.TaskId, u.UnitId });
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.Property(a => a.ReturnReason).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.State);
        // One assignment per task, unit and period: the recurrence job can re-run safely.
        builder.HasIndex(a => new { a.TaskId, a.UnitId, a.PeriodStart }).IsUnique();
        builder.HasIndex(a => new { a.UnitId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasOne(a => a.Task).WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Entries).WithOne().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssignmentEntryConfiguration : IEntityTypeConfiguration<AssignmentEntry>
{
    public void Configure(EntityTypeBuilder<AssignmentEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.HasIndex(e => new { e.AssignmentId, e.AtUtc });
        builder.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceFileLinkConfiguration : IEntityTypeConfiguration<EvidenceFileLink>
{
    public void Configure(EntityTypeBuilder<EvidenceFileLink> builder)
    {
        builder.HasKey(l => new { l.EntryId, l.FileId });
        builder.HasOne<Evidence.EvidenceFile>().WithMany().HasForeignKey(l => l.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DifficultyConfiguration : IEntityTypeConfiguration<Difficulty>
{
    public void Configure(EntityTypeBuilder<Difficulty> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(300).IsRequired();
        builder.Property(d => d.CreatedByUserId).HasMaxLength(450);
        builder.Property(d => d.SearchText).HasMaxLength(400).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.UnitId, d.IsResolved });
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaskAssignment>().WithMany().HasForeignKey(d => d.AssignmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Messages).WithOne().HasForeignKey(m => m.DifficultyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DifficultyMessageConfiguration : IEntityTypeConfiguration<DifficultyMessage>
{
    public void Configure(EntityTypeBuilder<DifficultyMessage> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(4000).IsRequired();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.UserName).HasMaxLength(256);
    }
}

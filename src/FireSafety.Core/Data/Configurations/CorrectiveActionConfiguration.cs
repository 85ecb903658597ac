using FireSafety.Core.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(CorrectiveAction.TitleMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(CorrectiveAction.TextMaxLength);
        builder.Property(a => a.OwnerUserId).HasMaxLength(450);
        builder.Property(a => a.OwnerName).HasMaxLength(300);
        builder.Property(a => a.FixedNote).HasMaxLength(CorrectiveAction.TextMaxLength);
        builder.Property(a => a.FixedBy).HasMaxLength(256);
        builder.Property(a => a.VerifiedBy).HasMaxLength(256);
        builder.Property(a => a.RejectReason).HasMaxLength(2000);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.Property(a => a.SearchText).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.State);
        builder.HasIndex(a => new { a.UnitId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasIndex(a => new { a.Source, a.SourceId });
        builder.HasIndex(a => a.FindingId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Users.AppUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CorrectiveActionFileConfiguration : IEntityTypeConfiguration<CorrectiveActionFile>
{
    public void Configure(EntityTypeBuilder<CorrectiveActionFile> builder)
    {
        builder.HasKey(f => new { f.ActionId, f.FileId });
        builder.HasOne<Evidence.EvidenceFile>().WithMany().HasForeignKey(f => f.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

using FireSafety.Core.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class DisseminationActivityConfiguration : IEntityTypeConfiguration<DisseminationActivity>
{
    public void Configure(EntityTypeBuilder<DisseminationActivity> builder)
    {
        builder.Property(a => a.Topic).HasMaxLength(DisseminationActivity.TopicMaxLength).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(DisseminationActivity.NotesMaxLength);
        builder.Property(a => a.SearchText).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.UnitId, a.HeldOn });
        builder.HasOne<Evidence.EvidenceFile>().WithMany().HasForeignKey(a => a.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.Property(r => r.PersonName).HasMaxLength(TrainingRecord.NameMaxLength).IsRequired();
        builder.Property(r => r.Position).HasMaxLength(TrainingRecord.NameMaxLength);
        builder.Property(r => r.CourseName).HasMaxLength(TrainingRecord.CourseMaxLength).IsRequired();
        builder.Property(r => r.Provider).HasMaxLength(TrainingRecord.NameMaxLength);
        builder.Property(r => r.CertificateNumber).HasMaxLength(TrainingRecord.NumberMaxLength);
        builder.Property(r => r.SearchText).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.UnitId, r.CompletedOn });
        builder.HasIndex(r => r.CertificateExpiresOn);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

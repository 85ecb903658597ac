using FireSafety.Core.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class AnnualSummaryConfiguration : IEntityTypeConfiguration<AnnualSummary>
{
    public void Configure(EntityTypeBuilder<AnnualSummary> builder)
    {
        builder.HasIndex(s => new { s.Year, s.Revision }).IsUnique();
        builder.Property(s => s.Assessment).HasMaxLength(20000);
        builder.Property(s => s.Direction).HasMaxLength(20000);
        builder.Property(s => s.Proposals).HasMaxLength(20000);
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        builder.Property(s => s.ApprovedBy).HasMaxLength(256);
        builder.Property(s => s.FrozenHash).HasMaxLength(64);
        builder.Property(s => s.SentNumber).HasMaxLength(50);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsFrozen);
    }
}

internal sealed class SummaryRunConfiguration : IEntityTypeConfiguration<SummaryRun>
{
    public void Configure(EntityTypeBuilder<SummaryRun> builder)
    {
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.HasIndex(r => new { r.Outcome, r.Id });
        builder.HasIndex(r => new { r.Year, r.Id });
    }
}

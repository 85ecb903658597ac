using FireSafety.Core.RiskPoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class RiskPointConfiguration : IEntityTypeConfiguration<RiskPoint>
{
    public void Configure(EntityTypeBuilder<RiskPoint> builder)
    {
        builder.Property(r => r.Hazard).HasMaxLength(RiskPoint.HazardMaxLength).IsRequired();
        builder.Property(r => r.Measures).HasMaxLength(RiskPoint.TextMaxLength);
        builder.Property(r => r.OwnerName).HasMaxLength(RiskPoint.OwnerMaxLength).IsRequired();
        builder.Property(r => r.SearchText).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Score);
        builder.HasIndex(r => new { r.UnitId, r.NextReviewOn });
        builder.HasIndex(r => r.AreaId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Area).WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

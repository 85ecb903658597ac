using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Address).HasMaxLength(300).IsRequired();
        builder.Property(f => f.SearchText).HasMaxLength(500).IsRequired();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.UnitId, f.Name });
        builder.HasOne(f => f.Unit).WithMany(u => u.Facilities).HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

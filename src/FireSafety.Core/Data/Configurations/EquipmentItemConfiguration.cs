using FireSafety.Core.Equipment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class EquipmentItemConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public void Configure(EntityTypeBuilder<EquipmentItem> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(EquipmentItem.CodeMaxLength).IsRequired();
        builder.Property(i => i.Serial).HasMaxLength(EquipmentItem.SerialMaxLength);
        builder.Property(i => i.Note).HasMaxLength(EquipmentItem.NoteMaxLength);
        builder.Property(i => i.SearchText).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.UnitId, i.Code }).IsUnique();
        builder.HasIndex(i => new { i.UnitId, i.NextCheckDue });
        builder.HasIndex(i => i.AreaId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Area).WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Type).WithMany().HasForeignKey(i => i.TypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EquipmentCheckConfiguration : IEntityTypeConfiguration<EquipmentCheck>
{
    public void Configure(EntityTypeBuilder<EquipmentCheck> builder)
    {
        builder.Property(c => c.CheckedBy).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(EquipmentCheck.NoteMaxLength);
        builder.HasIndex(c => new { c.ItemId, c.CheckedOn });
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Item).WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actions.CorrectiveAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.SetNull);
    }
}

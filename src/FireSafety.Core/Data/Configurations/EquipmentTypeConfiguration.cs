using FireSafety.Core.Equipment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class EquipmentTypeConfiguration : IEntityTypeConfiguration<EquipmentType>
{
    /// <summary>The standard list, seeded by the migration (ids are fixed; add new ones after them).</summary>
    public static readonly EquipmentType[] Seed =
    [
        new() { Id = 1, Code = "MFZ4", Name = "Bình bột chữa cháy ABC MFZ4", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 12, SortOrder = 1 },
        new() { Id = 2, Code = "MFZ8", Name = "Bình bột chữa cháy ABC MFZ8", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 12, SortOrder = 2 },
        new() { Id = 3, Code = "MT3", Name = "Bình khí CO2 MT3", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 6, SortOrder = 3 },
        new() { Id = 4, Code = "MT5", Name = "Bình khí CO2 MT5", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 6, SortOrder = 4 },
        new() { Id = 5, Code = "HVCC", Name = "Hộp vòi chữa cháy", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 6, SortOrder = 5 },
        new() { Id = 6, Code = "EXIT", Name = "Đèn EXIT", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 12, SortOrder = 6 },
        new() { Id = 7, Code = "DSC", Name = "Đèn chiếu sáng sự cố", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 12, SortOrder = 7 },
        new() { Id = 8, Code = "DBK", Name = "Đầu báo khói", CheckIntervalMonths = 3, MaintenanceIntervalMonths = 12, SortOrder = 8 },
        new() { Id = 9, Code = "TTBC", Name = "Tủ trung tâm báo cháy", CheckIntervalMonths = 1, MaintenanceIntervalMonths = 6, SortOrder = 9 },
        new() { Id = 10, Code = "MNLD", Name = "Mặt nạ lọc độc", CheckIntervalMonths = 3, MaintenanceIntervalMonths = 12, SortOrder = 10 },
    ];

    public void Configure(EntityTypeBuilder<EquipmentType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(EquipmentType.NameMaxLength).IsRequired();
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasData(Seed);
    }
}

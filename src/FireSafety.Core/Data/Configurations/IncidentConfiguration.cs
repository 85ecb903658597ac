using FireSafety.Core.Evidence;
using FireSafety.Core.Incidents;
using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FireSafety.Core.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Place).HasMaxLength(IncidentLimits.Place).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(IncidentLimits.Summary).IsRequired();
        builder.Property(i => i.ReportedTo).HasMaxLength(IncidentLimits.ReportedTo);
        builder.Property(i => i.Description).HasMaxLength(IncidentLimits.Description);
        builder.Property(i => i.ForcesMobilised).HasMaxLength(IncidentLimits.ForcesMobilised);
        builder.Property(i => i.OnSiteNotes).HasMaxLength(IncidentLimits.OnSiteNotes);
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450);
        builder.Property(i => i.CreatedByName).HasMaxLength(256);
        builder.Property(i => i.SearchText).HasMaxLength(12_000).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        // The list and the totals filter by year (a UTC range of OccurredAtUtc), unit and type.
        builder.HasIndex(i => new { i.UnitId, i.OccurredAtUtc });
        builder.HasIndex(i => new { i.OccurredAtUtc, i.Type });
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(i => i.FacilityId).OnDelete(DeleteBehavior.Restrict);
        // Deleting an area (Facilities/Areas/Delete) keeps its incidents: they lose only the area.
        builder.HasOne<Area>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<IncidentCode>().WithMany().HasForeignKey(i => i.CauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IncidentCode>().WithMany().HasForeignKey(i => i.OriginAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IncidentCode>().WithMany().HasForeignKey(i => i.HeatSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IncidentCode>().WithMany().HasForeignKey(i => i.ItemFirstIgnitedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(i => i.PhotoFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Timeline).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncidentTimelineEntryConfiguration : IEntityTypeConfiguration<IncidentTimelineEntry>
{
    public void Configure(EntityTypeBuilder<IncidentTimelineEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(IncidentLimits.TimelineText).IsRequired();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.HasIndex(e => new { e.IncidentId, e.AtUtc });
    }
}

internal sealed class IncidentCodeConfiguration : IEntityTypeConfiguration<IncidentCode>
{
    public void Configure(EntityTypeBuilder<IncidentCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(10).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.Kind, c.Code }).IsUnique();
        builder.HasData(IncidentCodeSeed.All);
    }
}

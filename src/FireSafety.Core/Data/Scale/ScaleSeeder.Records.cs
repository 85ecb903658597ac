using System.Globalization;
using FireSafety.Core.Incidents;
using FireSafety.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data.Scale;

/// <summary>Incidents with their timelines; dissemination sessions and training records.</summary>
public sealed partial class ScaleSeeder
{
    private async Task SeedIncidentsAsync(CancellationToken cancellationToken)
    {
        var random = Random(8);
        var codes = (await db.IncidentCodes.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.Kind, c => c.Id);
        await InBatchesAsync(_units, 100, chunk =>
        {
            foreach (var unit in chunk)
            {
                var count = Periods(12).Sum(_ => random.NextDouble() switch { < 0.4 => 0, < 0.7 => 1, < 0.9 => 2, _ => 3 });
                for (var i = 0; i < count; i++)
                {
                    AddIncident(random, unit, codes);
                }
            }

            return Task.CompletedTask;
        }, "incidents", cancellationToken);
        await ReportAsync("incidents");
    }

    private void AddIncident(Random random, UnitInfo unit, ILookup<IncidentCodeKind, int> codes)
    {
        var (place, summary) = Pick(random, ScaleNames.IncidentTexts);
        var on = Day(random, _firstDay, _lastDay.AddDays(-1));
        var occurred = At(on, random.Next(0, 24), random.Next(60));
        var area = unit.Areas.FirstOrDefault(a => a.Name == place);
        var type = place == "Cầu thang bộ" ? IncidentType.Accident : random.NextDouble() switch
        {
            < 0.55 => IncidentType.Fire,
            < 0.6 => IncidentType.Explosion,
            _ => IncidentType.Incident,
        };
        var recorded = Chance(random, 0.85);
        var incident = new Incident
        {
            UnitId = unit.Unit.Id,
            Type = type,
            Place = place,
            Summary = summary,
            OccurredAtUtc = occurred,
            DetectedAtUtc = occurred.AddMinutes(random.Next(1, 10)),
            ReportedAtUtc = Chance(random, 0.6) ? occurred.AddMinutes(random.Next(5, 30)) : null,
            ControlledAtUtc = occurred.AddMinutes(random.Next(15, 60)),
            EndedAtUtc = occurred.AddMinutes(random.Next(60, 180)),
            FacilityId = area?.FacilityId ?? unit.Facilities[0].Id,
            AreaId = area?.Id,
            CreatedAtUtc = occurred.AddHours(1),
            CreatedByUserId = unit.HeadUserId,
            CreatedByName = unit.HeadName,
        };
        incident.ReportedTo = incident.ReportedAtUtc is null ? null : "114 và Công an phường, xã";
        incident.Timeline.Add(Entry(unit, IncidentEntryKind.Reported, incident.CreatedAtUtc, $"Báo nhanh: {summary}"));
        if (recorded)
        {
            incident.Description = $"{summary} Lực lượng tại chỗ đã xử lý, không để lan rộng.";
            incident.CauseId = Pick(random, codes[IncidentCodeKind.Cause].ToList());
            incident.OriginAreaId = Pick(random, codes[IncidentCodeKind.OriginArea].ToList());
            incident.HeatSourceId = Pick(random, codes[IncidentCodeKind.HeatSource].ToList());
            incident.ItemFirstIgnitedId = Pick(random, codes[IncidentCodeKind.ItemFirstIgnited].ToList());
            incident.Deaths = Chance(random, 0.005) ? 1 : 0;
            incident.Injured = Chance(random, 0.05) ? random.Next(1, 3) : 0;
            incident.Rescued = Chance(random, 0.03) ? random.Next(1, 5) : 0;
            incident.PropertyLostVnd = random.Next(0, 500) * 100_000L;
            incident.PropertySavedVnd = random.Next(0, 2000) * 100_000L;
            incident.ForcesMobilised = string.Create(CultureInfo.InvariantCulture, $"{random.Next(2, 15)} người của đội PCCC cơ sở; {random.Next(1, 5)} bình chữa cháy");
            incident.OnSiteCommand = Chance(random, 0.9);
            incident.OnSiteForces = Chance(random, 0.9);
            incident.OnSiteEquipment = Chance(random, 0.85);
            incident.OnSiteLogistics = Chance(random, 0.7);
            incident.RecordedAtUtc = occurred.AddDays(random.Next(1, 5));
            if (Chance(random, 0.5))
            {
                incident.Timeline.Add(Entry(unit, IncidentEntryKind.Note, occurred.AddHours(3), "Đã ngắt điện khu vực, kiểm tra lại toàn bộ thiết bị."));
            }

            incident.Timeline.Add(Entry(unit, IncidentEntryKind.RecordUpdated, incident.RecordedAtUtc.Value, "Hoàn thiện hồ sơ vụ việc."));
        }

        db.Incidents.Add(incident);
        Count("Incidents");
        Count("IncidentTimelineEntries", incident.Timeline.Count);
    }

    private static IncidentTimelineEntry Entry(UnitInfo unit, IncidentEntryKind kind, DateTime at, string text) => new()
    {
        UnitId = unit.Unit.Id,
        Kind = kind,
        AtUtc = at,
        Text = text,
        UserId = unit.HeadUserId,
        UserName = unit.HeadName,
    };

    private async Task SeedTrainingAsync(CancellationToken cancellationToken)
    {
        var random = Random(9);
        var years = Periods(12).ToList();
        await InBatchesAsync(_units, 200, chunk =>
        {
            foreach (var unit in chunk)
            {
                foreach (var (start, end) in years)
                {
                    var last = Min(end, _lastDay);
                    for (var i = random.Next(2, 5); i > 0 && last >= start; i--)
                    {
                        var form = (DisseminationForm)random.Next(0, 5);
                        db.DisseminationActivities.Add(new DisseminationActivity
                        {
                            UnitId = unit.Unit.Id,
                            Form = form,
                            HeldOn = Day(random, start, last),
                            Topic = Pick(random, ScaleNames.DisseminationTopics),
                            Attendees = random.Next(5, 80),
                            Notes = form == DisseminationForm.Meeting ? "Lồng ghép trong cuộc họp giao ban của đơn vị." : null,
                        });
                        Count("DisseminationActivities");
                    }

                    for (var i = random.Next(1, 4); i > 0 && last >= start; i--)
                    {
                        var course = Pick(random, ScaleNames.Courses);
                        var completed = Day(random, start, last);
                        var certified = course != ScaleNames.Courses[2];
                        db.TrainingRecords.Add(new TrainingRecord
                        {
                            UnitId = unit.Unit.Id,
                            PersonName = PersonName(random),
                            Position = Pick(random, ScaleNames.StaffTitles),
                            CourseName = course,
                            Provider = $"Công an tỉnh {ScaleNames.Province}",
                            CompletedOn = completed,
                            CertificateNumber = certified ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 999)}/CN-PC07") : null,
                            CertificateExpiresOn = certified ? completed.AddYears(random.Next(1, 6)) : null,
                        });
                        Count("TrainingRecords");
                    }
                }
            }

            return Task.CompletedTask;
        }, "training", cancellationToken);
        await ReportAsync("dissemination and training");
    }
}

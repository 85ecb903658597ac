using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Equipment;
using FireSafety.Core.Inspections;
using FireSafety.Core.Plans;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data.Scale;

/// <summary>Premises, equipment and its checks, high-risk points, response plans and drills.</summary>
public sealed partial class ScaleSeeder
{
    /// <summary>Equipment items per unit on average (province scale: ~50,000 for 1,000 units).</summary>
    private const int EquipmentPerUnit = 50;

    /// <summary>Months of quick checks kept per item (the latest ones).</summary>
    private const int CheckMonths = 6;

    private async Task SeedPremisesAsync(CancellationToken cancellationToken)
    {
        var random = Random(3);
        await InBatchesAsync(_units, 200, chunk =>
        {
            foreach (var unit in chunk)
            {
                var facilities = unit.Level == 1 && !unit.IsCommune && Chance(random, 0.3) ? 2 : 1;
                for (var f = 0; f < facilities; f++)
                {
                    var place = unit.IsCommune ? unit.Unit.Name.Replace("UBND ", string.Empty, StringComparison.Ordinal) : "phường Thành Sen";
                    var facility = new Facility
                    {
                        UnitId = unit.Unit.Id,
                        Name = f == 0 ? $"Trụ sở {unit.Unit.Name}" : $"Cơ sở {f + 1} – {unit.Unit.Name}",
                        Address = string.Create(CultureInfo.InvariantCulture, $"Số {random.Next(1, 300)} đường {Pick(random, ScaleNames.Streets)}, {place}, tỉnh {ScaleNames.Province}"),
                        Floors = random.Next(1, 6),
                        AreaSquareMetres = random.Next(150, 3000),
                        IsManagedFacility = Chance(random, 0.3),
                    };

                    // The archive always (every office keeps files); three to five more areas.
                    var kinds = ScaleNames.AreaKinds.Skip(1).OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Prepend(ScaleNames.AreaKinds[2]).Distinct();
                    foreach (var (name, floor, highRisk, note) in kinds)
                    {
                        var area = new Area { UnitId = unit.Unit.Id, Name = name, Floor = floor, IsHighRisk = highRisk, Note = note };
                        facility.Areas.Add(area);
                        unit.Areas.Add(area);
                        Count("Areas");
                    }

                    db.Facilities.Add(facility);
                    unit.Facilities.Add(facility);
                    Count("Facilities");
                }

                unit.IntervalMonths = Chance(random, 0.95) ? 1 : 3;
                db.UnitInspectionPlans.Add(new UnitInspectionPlan { UnitId = unit.Unit.Id, IntervalMonths = unit.IntervalMonths, StartsOn = _firstDay });
                Count("UnitInspectionPlans");
            }

            return Task.CompletedTask;
        }, "premises", cancellationToken);
        await ReportAsync("facilities and areas");
    }

    private async Task SeedEquipmentAsync(CancellationToken cancellationToken)
    {
        var random = Random(4);
        var types = await db.EquipmentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var writer = new RowWriter<EquipmentCheck>(db,
            (nameof(EquipmentCheck.UnitId), c => c.UnitId),
            (nameof(EquipmentCheck.ItemId), c => c.ItemId),
            (nameof(EquipmentCheck.CheckedOn), c => c.CheckedOn),
            (nameof(EquipmentCheck.CheckedAtUtc), c => c.CheckedAtUtc),
            (nameof(EquipmentCheck.CheckedBy), c => c.CheckedBy),
            (nameof(EquipmentCheck.InPlace), c => c.InPlace),
            (nameof(EquipmentCheck.AccessClear), c => c.AccessClear),
            (nameof(EquipmentCheck.GaugeGreen), c => c.GaugeGreen),
            (nameof(EquipmentCheck.PinAndSealIntact), c => c.PinAndSealIntact),
            (nameof(EquipmentCheck.NoDamage), c => c.NoDamage),
            (nameof(EquipmentCheck.LabelLegible), c => c.LabelLegible),
            (nameof(EquipmentCheck.Passed), c => c.Passed),
            (nameof(EquipmentCheck.Note), c => c.Note));
        await InBatchesAsync(_units, 40, async chunk =>
        {
            var failed = new List<(EquipmentCheck Check, UnitInfo Unit, EquipmentItem Item)>();
            var passed = new List<(EquipmentCheck Check, EquipmentItem Item)>();
            foreach (var unit in chunk)
            {
                var count = random.Next(EquipmentPerUnit * 3 / 5, (EquipmentPerUnit * 7 / 5) + 1);
                for (var n = 1; n <= count; n++)
                {
                    var area = unit.Areas[n % unit.Areas.Count];
                    var type = n % 3 == 0 ? Pick(random, types) : types[n % 2];
                    var item = new EquipmentItem
                    {
                        UnitId = unit.Unit.Id,
                        AreaId = area.Id,
                        TypeId = type.Id,
                        Code = string.Create(CultureInfo.InvariantCulture, $"{type.Code}-{n:000}"),
                        Serial = type.Code.StartsWith("MF", StringComparison.Ordinal) || type.Code.StartsWith("MT", StringComparison.Ordinal)
                            ? string.Create(CultureInfo.InvariantCulture, $"SX{random.Next(100_000, 999_999)}")
                            : null,
                        ManufacturedOn = _firstDay.AddMonths(-random.Next(1, 36)),
                        CommissionedOn = Day(random, _firstDay.AddYears(-2), _lastDay.AddMonths(-CheckMonths)),
                        LastMaintainedOn = Chance(random, 0.92) ? _today.AddDays(-random.Next(1, type.MaintenanceIntervalMonths * 28)) : _today.AddMonths(-type.MaintenanceIntervalMonths - random.Next(1, 6)),
                        Status = Chance(random, 0.02) ? EquipmentStatus.Retired : EquipmentStatus.InService,
                    };
                    db.EquipmentItems.Add(item);
                    Count("EquipmentItems");
                    EquipmentCheck? latest = null;
                    if (item.Status != EquipmentStatus.Retired)
                    {
                        latest = AddChecks(random, unit, item, type, passed, failed);
                        if (latest is { Passed: false })
                        {
                            item.Status = EquipmentStatus.NeedsRepair;
                        }
                    }

                    item.LastCheckedOn = latest?.CheckedOn;
                    item.Recompute(type);
                }

                foreach (var area in unit.Areas.Where(a => a.IsHighRisk))
                {
                    AddRiskPoint(random, unit, area);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (check, item) in passed)
            {
                check.ItemId = item.Id;
            }

            await writer.WriteAsync(passed.Select(p => p.Check), cancellationToken);

            // A failed check opens a corrective action (as EquipmentChecks does), which the check then names.
            var actions = failed.Select(f => (f.Check, Action: OpenAction(random, f.Unit, ActionSource.EquipmentCheck, f.Check.Id, null,
                $"Khắc phục {f.Item.Code}: {string.Join(", ", f.Check.Failures())}", Severity.Major, f.Check.CheckedOn, 15))).ToList();
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (check, action) in actions)
            {
                check.ActionId = action.Id;
            }
        }, "equipment", cancellationToken);
        await ReportAsync("equipment, checks and high-risk points");
    }

    /// <summary>Quick checks over the last months at the type's interval; some skipped, a few failed.</summary>
    private EquipmentCheck? AddChecks(Random random, UnitInfo unit, EquipmentItem item, EquipmentType type, List<(EquipmentCheck, EquipmentItem)> passed, List<(EquipmentCheck, UnitInfo, EquipmentItem)> failed)
    {
        EquipmentCheck? latest = null;
        var firstMonth = new DateOnly(_today.Year, _today.Month, 1).AddMonths(-CheckMonths + 1);
        for (var month = firstMonth; month <= _today; month = month.AddMonths(type.CheckIntervalMonths))
        {
            var last = Min(month.AddMonths(1).AddDays(-1), _lastDay);
            if (last < month || !Chance(random, 0.9))
            {
                continue;
            }

            var ok = Chance(random, 0.97);
            var failedPoint = ok ? -1 : random.Next(6);
            var on = Day(random, month, last);
            var check = new EquipmentCheck
            {
                UnitId = unit.Unit.Id,
                CheckedOn = on,
                CheckedAtUtc = At(on, 9, random.Next(60)),
                CheckedBy = unit.HeadName,
                InPlace = failedPoint != 0,
                AccessClear = failedPoint != 1,
                GaugeGreen = failedPoint != 2,
                PinAndSealIntact = failedPoint != 3,
                NoDamage = failedPoint != 4,
                LabelLegible = failedPoint != 5,
                Passed = ok,
                Note = ok ? null : "Phát hiện hư hỏng khi kiểm tra định kỳ.",
            };
            // Failed checks go through EF (their action names them by key); passed ones are written raw.
            if (ok)
            {
                passed.Add((check, item));
            }
            else
            {
                check.Item = item;
                db.EquipmentChecks.Add(check);
                failed.Add((check, unit, item));
            }

            Count("EquipmentChecks");
            latest = check;
        }

        return latest;
    }

    private void AddRiskPoint(Random random, UnitInfo unit, Area area)
    {
        db.RiskPoints.Add(new RiskPoint
        {
            UnitId = unit.Unit.Id,
            AreaId = area.Id,
            Hazard = $"{area.Name}: {Pick(random, ScaleNames.Hazards).ToLowerInvariant()}",
            Likelihood = random.Next(1, 6),
            Severity = random.Next(1, 6),
            Measures = "Bố trí bình chữa cháy tại chỗ; kiểm tra điện cuối ngày; không để chất dễ cháy gần nguồn nhiệt.",
            OwnerName = unit.HeadLine,
            NextReviewOn = _today.AddDays(random.Next(-90, 270)),
        });
        Count("RiskPoints");
    }

    /// <summary>
    /// A corrective action, its status by age: long past due ones are mostly verified, a few still
    /// open (overdue); recent ones open or fixed.
    /// </summary>
    private CorrectiveAction OpenAction(Random random, UnitInfo unit, ActionSource source, int sourceId, int? findingId, string title, Severity severity, DateOnly raisedOn, int days)
    {
        var due = raisedOn.AddDays(days);
        var action = new CorrectiveAction
        {
            UnitId = unit.Unit.Id,
            Source = source,
            SourceId = sourceId,
            FindingId = findingId,
            Title = title.Length > CorrectiveAction.TitleMaxLength ? title[..CorrectiveAction.TitleMaxLength] : title,
            Severity = severity,
            OwnerUserId = unit.HeadUserId,
            OwnerName = unit.HeadLine,
            DueOn = due,
            CreatedAtUtc = At(raisedOn, 11),
            CreatedBy = unit.HeadName,
        };
        var roll = random.NextDouble();
        var fixedOn = Min(raisedOn.AddDays(random.Next(1, days + 10)), _lastDay);
        var old = due.AddDays(30) < _today;
        if (fixedOn > raisedOn && (old ? roll < 0.96 : roll < 0.5))
        {
            action.Status = ActionStatus.Fixed;
            action.FixedAtUtc = At(fixedOn, 15);
            action.FixedNote = "Đã khắc phục, có ảnh chụp kèm theo.";
            action.FixedBy = unit.HeadName;
            var verifiedOn = fixedOn.AddDays(random.Next(1, 10));
            if (verifiedOn <= _lastDay && (old ? roll < 0.9 : roll < 0.3))
            {
                action.Status = ActionStatus.Verified;
                action.VerifiedAtUtc = At(verifiedOn, 10);
                action.VerifiedBy = Pick(random, _office).Name;
            }
        }

        db.CorrectiveActions.Add(action);
        Count("CorrectiveActions");
        return action;
    }

    private async Task SeedPlansAsync(CancellationToken cancellationToken)
    {
        var random = Random(5);
        await InBatchesAsync(_units, 200, chunk =>
        {
            foreach (var unit in chunk)
            {
                foreach (var facility in unit.Facilities.Where(_ => Chance(random, 0.95)))
                {
                    var approvedOn = Day(random, _firstDay.AddYears(-1), _lastDay.AddMonths(-2));
                    var series = Guid(random);
                    var revision = 1;
                    if (Chance(random, 0.3) && approvedOn.AddYears(1) < _lastDay)
                    {
                        var older = Plan(random, unit, facility, series, revision++, approvedOn);
                        older.Status = PlanStatus.Superseded;
                        older.IsCurrent = false;
                        approvedOn = Day(random, approvedOn.AddYears(1), _lastDay);
                        older.SupersededOn = approvedOn;
                    }

                    var plan = Plan(random, unit, facility, series, revision, approvedOn);
                    for (var year = approvedOn.Year; year <= _today.Year; year++)
                    {
                        var from = Max(new DateOnly(year, 1, 1), approvedOn.AddDays(1));
                        var to = Min(new DateOnly(year, 12, 31), _lastDay);
                        if (from > to || !Chance(random, 0.8))
                        {
                            continue;
                        }

                        var heldOn = Day(random, from, to);
                        db.Drills.Add(new Drill
                        {
                            Plan = plan,
                            UnitId = unit.Unit.Id,
                            HeldOn = heldOn,
                            Scenario = Pick(random, ScaleNames.DrillScenarios),
                            ParticipantCount = random.Next(8, 60),
                            Participants = "Đội PCCC cơ sở, cán bộ, công chức của đơn vị",
                            PoliceParticipated = Chance(random, 0.4),
                            Evaluation = Chance(random, 0.8) ? "Đạt yêu cầu." : "Cần bổ sung đèn chiếu sáng sự cố ở cầu thang.",
                        });
                        Count("Drills");
                    }
                }
            }

            return Task.CompletedTask;
        }, "plans", cancellationToken);
        await ReportAsync("response plans and drills");
    }

    private ResponsePlan Plan(Random random, UnitInfo unit, Facility facility, Guid series, int revision, DateOnly approvedOn)
    {
        var plan = new ResponsePlan
        {
            UnitId = unit.Unit.Id,
            FacilityId = facility.Id,
            SeriesKey = series,
            Revision = revision,
            Status = PlanStatus.Approved,
            Title = $"Phương án chữa cháy, cứu nạn, cứu hộ tại chỗ – {facility.Name}",
            CommandSection = $"- Chỉ huy: {unit.HeadLine}\n- Khi vắng: cấp phó của đơn vị",
            ForcesSection = string.Create(CultureInfo.InvariantCulture, $"- Đội PCCC cơ sở {random.Next(4, 12)} người, đã được huấn luyện nghiệp vụ\n- Cán bộ, công chức có mặt tại cơ sở"),
            EquipmentSection = "- Bình bột chữa cháy MFZ4, bình khí CO2 MT3 tại mỗi tầng\n- Đèn EXIT, đèn chiếu sáng sự cố",
            LogisticsSection = "- Nước từ bể chứa và họng nước trên đường\n- Tủ thuốc sơ cứu; điện dự phòng",
            ApprovedBy = $"{Pick(random, _leaders).Name}, Phó Giám đốc Sở",
            ApprovedOn = approvedOn,
            NextReviewOn = approvedOn.AddYears(2),
            CreatedAtUtc = At(approvedOn.AddDays(-7), 9),
        };
        var archive = unit.Areas.FirstOrDefault(a => a.FacilityId == facility.Id && a.IsHighRisk)?.Name ?? "Kho lưu trữ hồ sơ";
        plan.Scenarios.Add(new PlanScenario
        {
            UnitId = unit.Unit.Id,
            SortOrder = 1,
            AreaName = archive,
            DuringWorkingHours = false,
            Description = "Cháy do chập điện ngoài giờ làm việc, khói lan ra hành lang",
            Actions = "Bảo vệ báo 114, ngắt điện, dùng bình chữa cháy tại chỗ, mở cửa thoát nạn, báo chỉ huy",
        });
        plan.Scenarios.Add(new PlanScenario
        {
            UnitId = unit.Unit.Id,
            SortOrder = 2,
            AreaName = "Nhà để xe",
            DuringWorkingHours = true,
            Description = "Cháy xe máy điện đang sạc",
            Actions = "Ngắt nguồn sạc, dùng bình bột, di chuyển xe lân cận, hướng dẫn thoát nạn",
        });
        plan.Contacts.Add(new PlanContact { UnitId = unit.Unit.Id, SortOrder = 1, Role = "Chỉ huy chữa cháy tại chỗ", Name = unit.HeadName, Phone = unit.Unit.Phone ?? "114" });
        plan.Contacts.Add(new PlanContact
        {
            UnitId = unit.Unit.Id,
            SortOrder = 2,
            Role = "Đội trưởng đội PCCC cơ sở",
            Name = PersonName(random),
            Phone = string.Create(CultureInfo.InvariantCulture, $"09{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(100, 999)}"),
        });
        db.ResponsePlans.Add(plan);
        Count("ResponsePlans");
        Count("PlanScenarios", 2);
        Count("PlanContacts", 2);
        return plan;
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Equipment;
using FireSafety.Core.Plans;
using FireSafety.Core.Training;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Data;

/// <summary>
/// Seeds the demo organisation (Sở Tư pháp tỉnh Hà Tĩnh), its premises and one account per role.
/// Runs once: it does nothing when any unit exists. Never called in Production.
/// </summary>
public sealed class DemoDataSeeder(FireSafetyDbContext db, UnitTree tree, UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider time)
{
    private static readonly (string Code, string Name, UnitKind Kind, string Head)[] Units =
    [
        ("VP", "Văn phòng Sở", UnitKind.Office, "Trần Thị Kiều Oanh"),
        ("TTR", "Thanh tra Sở", UnitKind.Inspectorate, "Nguyễn Đình Thắng"),
        ("XDKTVB", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", UnitKind.Division, "Võ Thị Thu Hà"),
        ("PBGDPL", "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", UnitKind.Division, "Đặng Quốc Hùng"),
        ("HCTP", "Phòng Hành chính tư pháp", UnitKind.Division, "Phạm Thị Hồng"),
        ("BTTP", "Phòng Bổ trợ tư pháp", UnitKind.Division, "Bùi Văn Long"),
        ("TGPL", "Trung tâm Trợ giúp pháp lý nhà nước", UnitKind.Centre, "Hoàng Văn Bình"),
        ("DGTS", "Trung tâm Dịch vụ đấu giá tài sản", UnitKind.Centre, "Ngô Thị Lan"),
    ];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await IdentitySeeder.EnsureRolesAsync(roles);
        if (await db.Units.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return false;
        }

        var root = new Unit { Code = "STP", Name = "Sở Tư pháp tỉnh Hà Tĩnh", Kind = UnitKind.Department, HeadName = "Giám đốc Sở" };
        await tree.AddAsync(root, cancellationToken);
        var byCode = new Dictionary<string, Unit> { [root.Code] = root };
        var order = 1;
        foreach (var (code, name, kind, head) in Units)
        {
            var unit = new Unit { Code = code, Name = name, Kind = kind, HeadName = head, ParentId = root.Id, SortOrder = order++ };
            await tree.AddAsync(unit, cancellationToken);
            byCode[code] = unit;
        }

        var headquarters = new Facility
        {
            UnitId = byCode["VP"].Id,
            Name = "Trụ sở Sở Tư pháp",
            Address = "Số 2 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh",
            Floors = 4,
            AreaSquareMetres = 1850,
            IsManagedFacility = true,
            Areas =
            [
                new Area { Name = "Bộ phận tiếp nhận và trả kết quả", Floor = "Tầng 1" },
                new Area { Name = "Kho lưu trữ hồ sơ", Floor = "Tầng 1", IsHighRisk = true, Note = "Nhiều giấy tờ, hồ sơ dễ cháy" },
                new Area { Name = "Phòng máy chủ", Floor = "Tầng 3", IsHighRisk = true },
                new Area { Name = "Nhà để xe", Floor = "Sân sau", IsHighRisk = true, Note = "Khu vực sạc xe đạp điện, xe máy điện" },
                new Area { Name = "Hội trường", Floor = "Tầng 4" },
            ],
        };
        var hctpOffice = new Facility
        {
            UnitId = byCode["HCTP"].Id,
            Name = "Khu làm việc Phòng Hành chính tư pháp",
            Address = "Tầng 2, Trụ sở Sở Tư pháp, phường Thành Sen, tỉnh Hà Tĩnh",
            Floors = 1,
            Areas = [new Area { Name = "Phòng làm việc", Floor = "Tầng 2" }, new Area { Name = "Kho hồ sơ hộ tịch", Floor = "Tầng 2", IsHighRisk = true }],
        };
        var legalAid = new Facility
        {
            UnitId = byCode["TGPL"].Id,
            Name = "Trụ sở Trung tâm Trợ giúp pháp lý nhà nước",
            Address = "Số 15 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh",
            Floors = 3,
            AreaSquareMetres = 620,
            Areas = [new Area { Name = "Phòng tiếp công dân", Floor = "Tầng 1" }, new Area { Name = "Kho lưu trữ", Floor = "Tầng 3", IsHighRisk = true }],
        };
        var auction = new Facility
        {
            UnitId = byCode["DGTS"].Id,
            Name = "Trụ sở Trung tâm Dịch vụ đấu giá tài sản",
            Address = "Số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh",
            Floors = 2,
            Areas = [new Area { Name = "Phòng đấu giá", Floor = "Tầng 1" }],
        };
        foreach (var facility in new[] { headquarters, hctpOffice, legalAid, auction })
        {
            foreach (var area in facility.Areas)
            {
                area.UnitId = facility.UnitId;
            }
        }

        db.Facilities.AddRange(headquarters, hctpOffice, legalAid, auction);
        await db.SaveChangesAsync(cancellationToken);
        await SeedEquipmentAsync([headquarters, hctpOffice], cancellationToken);
        await SeedPlansAsync(headquarters, legalAid, cancellationToken);
        await SeedTrainingAsync(byCode, cancellationToken);

        foreach (var account in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                JobTitle = account.JobTitle,
                UnitId = byCode[account.UnitCode].Id,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            IdentitySeeder.ThrowOnFailure(await ValidatePasswordAsync(user, account.Password), account.Email);
            user.PasswordHash = account.PasswordHash; // computed ahead (DemoAccounts)
            IdentitySeeder.ThrowOnFailure(await users.CreateAsync(user), account.Email);
            IdentitySeeder.ThrowOnFailure(await users.AddToRoleAsync(user, account.Role), account.Email);
        }

        return true;
    }

    /// <summary>The password rules hold for demo accounts too, as <c>CreateAsync(user, password)</c> would check.</summary>
    private async Task<IdentityResult> ValidatePasswordAsync(AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }

    /// <summary>
    /// Dissemination sessions (one on Conclusion 02-KL/TW this year) and training records: one
    /// certificate expiring soon and one expired, both in units without a demo unit-head account
    /// (the daily-job tests count every reminder those heads get).
    /// </summary>
    private async Task SeedTrainingAsync(Dictionary<string, Unit> byCode, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var thisYear = new DateOnly(today.Year, 1, 1);
        var earlyInYear = thisYear.AddDays(Math.Min(40, today.DayNumber - thisYear.DayNumber));
        db.DisseminationActivities.AddRange(
            new DisseminationActivity
            {
                UnitId = byCode["HCTP"].Id,
                Form = DisseminationForm.Meeting,
                HeldOn = earlyInYear,
                Topic = "Quán triệt Kết luận số 02-KL/TW ngày 18/5/2021 của Ban Bí thư",
                Attendees = 12,
                Notes = "Lồng ghép trong cuộc họp giao ban đầu năm của Phòng.",
            },
            new DisseminationActivity
            {
                UnitId = byCode["VP"].Id,
                Form = DisseminationForm.Intranet,
                HeldOn = earlyInYear,
                Topic = DisseminationActivity.DefaultTopic,
                Attendees = 85,
                Notes = "Đăng trên hệ thống quản lý văn bản và điều hành, gửi thư điện tử công vụ toàn Sở.",
            },
            new DisseminationActivity
            {
                UnitId = byCode["TGPL"].Id,
                Form = DisseminationForm.NoticeBoard,
                HeldOn = today.AddDays(-10),
                Topic = "Tiêu lệnh chữa cháy và sơ đồ thoát nạn",
                Attendees = 18,
            });
        db.TrainingRecords.AddRange(
            new TrainingRecord
            {
                UnitId = byCode["HCTP"].Id,
                PersonName = "Nguyễn Thị Hà",
                Position = "Chuyên viên",
                CourseName = "Huấn luyện nghiệp vụ PCCC và CNCH cho đội PCCC cơ sở",
                Provider = "Công an tỉnh Hà Tĩnh",
                CompletedOn = today.AddMonths(-5),
                CertificateNumber = "125/CN-PC07",
                CertificateExpiresOn = today.AddMonths(-5).AddYears(5),
            },
            new TrainingRecord
            {
                UnitId = byCode["VP"].Id,
                PersonName = "Lê Văn Tâm",
                Position = "Nhân viên bảo vệ",
                CourseName = "Huấn luyện nghiệp vụ PCCC và CNCH cho đội PCCC cơ sở",
                Provider = "Công an tỉnh Hà Tĩnh",
                CompletedOn = today.AddYears(-5).AddDays(20),
                CertificateNumber = "48/CN-PC07",
                CertificateExpiresOn = today.AddDays(20),
            },
            new TrainingRecord
            {
                UnitId = byCode["DGTS"].Id,
                PersonName = "Trần Quốc Việt",
                Position = "Kế toán",
                CourseName = "Bồi dưỡng kiến thức PCCC",
                Provider = "Công an tỉnh Hà Tĩnh",
                CompletedOn = today.AddYears(-5).AddDays(-15),
                CertificateNumber = "07/CN-PC07",
                CertificateExpiresOn = today.AddDays(-15),
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A few extinguishers and exit lights in the first two areas of each facility, checked recently so
    /// none falls due for weeks (the daily-job tests count every reminder).
    /// </summary>
    private async Task SeedEquipmentAsync(Facility[] facilities, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var types = await db.EquipmentTypes.ToDictionaryAsync(t => t.Code, cancellationToken);
        foreach (var facility in facilities)
        {
            var number = 1;
            foreach (var area in facility.Areas.Take(2))
            {
                foreach (var code in new[] { "MFZ4", "EXIT" })
                {
                    var item = new EquipmentItem
                    {
                        UnitId = facility.UnitId,
                        AreaId = area.Id,
                        TypeId = types[code].Id,
                        Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PT-{facility.Id}-{number++:00}"),
                        CommissionedOn = today.AddYears(-2),
                        LastCheckedOn = today.AddDays(-5),
                        LastMaintainedOn = today.AddMonths(-4),
                    };
                    item.Recompute(types[code]);
                    db.EquipmentItems.Add(item);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Two approved "4 tại chỗ" plans: the headquarters' drilled this year (with the police), the
    /// legal-aid centre's only last year, so the list shows both answers to "drilled this year".
    /// </summary>
    private async Task SeedPlansAsync(Facility headquarters, Facility legalAid, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var hq = DemoPlan(headquarters, "Kho lưu trữ hồ sơ", "Trần Thị Kiều Oanh", today.AddYears(-1), now);
        hq.CommandSection = "- Chỉ huy: Chánh Văn phòng Sở Trần Thị Kiều Oanh\n- Khi vắng: Phó Chánh Văn phòng";
        var centre = DemoPlan(legalAid, "Kho lưu trữ", "Hoàng Văn Bình", today.AddYears(-1).AddMonths(-2), now);
        centre.CommandSection = "- Chỉ huy: Giám đốc Trung tâm Hoàng Văn Bình\n- Khi vắng: Phó Giám đốc Trung tâm";
        db.ResponsePlans.AddRange(hq, centre);
        await db.SaveChangesAsync(cancellationToken);

        var drilledOn = today.AddDays(-10).Year == today.Year ? today.AddDays(-10) : today;
        db.Drills.AddRange(
            new Drill
            {
                PlanId = hq.Id,
                UnitId = hq.UnitId,
                HeldOn = drilledOn,
                Scenario = "Cháy kho lưu trữ hồ sơ ngoài giờ làm việc",
                ParticipantCount = 42,
                Participants = "Đội PCCC cơ sở, công chức Văn phòng Sở, Đội Cảnh sát PCCC và CNCH khu vực",
                PoliceParticipated = true,
                Evaluation = "Lực lượng tại chỗ triển khai kịp thời; cần bổ sung đèn chiếu sáng sự cố ở cầu thang.",
            },
            new Drill
            {
                PlanId = centre.Id,
                UnitId = centre.UnitId,
                HeldOn = new DateOnly(today.Year - 1, 10, 20),
                Scenario = "Cháy phòng tiếp công dân trong giờ làm việc",
                ParticipantCount = 15,
                Evaluation = "Đạt yêu cầu.",
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ResponsePlan DemoPlan(Facility facility, string archive, string commander, DateOnly approvedOn, DateTime nowUtc) => new()
    {
        UnitId = facility.UnitId,
        FacilityId = facility.Id,
        SeriesKey = Guid.NewGuid(),
        Revision = 1,
        Status = PlanStatus.Approved,
        ApprovedBy = "Lê Minh Đức, Phó Giám đốc Sở",
        ApprovedOn = approvedOn,
        NextReviewOn = approvedOn.AddYears(2),
        CreatedAtUtc = nowUtc,
        Title = $"Phương án chữa cháy, cứu nạn, cứu hộ tại chỗ – {facility.Name}",
        ForcesSection = "- Đội PCCC cơ sở 8 người, đã được huấn luyện nghiệp vụ\n- Công chức, người lao động có mặt tại cơ sở",
        EquipmentSection = "- Bình bột chữa cháy MFZ4, bình khí CO2 MT3 tại mỗi tầng\n- Hộp vòi chữa cháy, đèn EXIT, đèn chiếu sáng sự cố",
        LogisticsSection = "- Nước từ bể ngầm 30 m3 và họng nước trên đường\n- Tủ thuốc sơ cứu tại Bộ phận một cửa; điện dự phòng",
        Scenarios =
        [
            new PlanScenario
            {
                UnitId = facility.UnitId,
                SortOrder = 1,
                AreaName = archive,
                DuringWorkingHours = false,
                Description = "Cháy do chập điện ngoài giờ làm việc, khói lan ra hành lang",
                Actions = "Bảo vệ báo 114, ngắt điện, dùng bình chữa cháy tại chỗ, mở cửa thoát nạn, báo chỉ huy",
            },
            new PlanScenario
            {
                UnitId = facility.UnitId,
                SortOrder = 2,
                AreaName = "Nhà để xe",
                DuringWorkingHours = true,
                Description = "Cháy xe máy điện đang sạc",
                Actions = "Ngắt nguồn sạc, dùng bình bột, di chuyển xe lân cận, hướng dẫn thoát nạn",
            },
        ],
        Contacts =
        [
            new PlanContact { UnitId = facility.UnitId, SortOrder = 1, Role = "Chỉ huy chữa cháy tại chỗ", Name = commander, Phone = "0239 3855 123" },
            new PlanContact { UnitId = facility.UnitId, SortOrder = 2, Role = "Đội trưởng đội PCCC cơ sở", Name = "Nguyễn Văn Hải", Phone = "0912 000 111" },
        ],
    };
}

using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Plans;

/// <summary>Plans and drills arranged directly in the database.</summary>
internal static class PlanTestData
{
    public static async Task<ResponsePlan> PlanAsync(
        FireSafetyDbContext db, int unitId, string? title = null, DateOnly? approvedOn = null, DateOnly? supersededOn = null, Guid? series = null, int revision = 1, bool isCurrent = true)
    {
        var facility = await db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == unitId).OrderBy(f => f.Id).FirstAsync();
        var plan = new ResponsePlan
        {
            UnitId = unitId,
            FacilityId = facility.Id,
            SeriesKey = series ?? Guid.NewGuid(),
            Revision = revision,
            IsCurrent = isCurrent,
            Status = supersededOn is not null ? PlanStatus.Superseded : approvedOn is not null ? PlanStatus.Approved : PlanStatus.Draft,
            ApprovedOn = approvedOn,
            ApprovedBy = approvedOn is null ? null : "Lê Minh Đức, Phó Giám đốc Sở",
            SupersededOn = supersededOn,
            Title = title ?? $"Phương án chữa cháy ({Guid.NewGuid().ToString("N")[..4]})",
            CommandSection = "Trưởng phòng chỉ huy.",
            ForcesSection = "Đội PCCC cơ sở 5 người.",
            EquipmentSection = "- 4 bình bột MFZ4\n- 1 hộp vòi",
            LogisticsSection = "Nước từ bể ngầm 20 m3.",
            CreatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Scenarios = [new PlanScenario { UnitId = unitId, SortOrder = 1, AreaName = "Kho hồ sơ", DuringWorkingHours = false, Description = "Cháy do chập điện ban đêm", Actions = "Báo 114, ngắt điện" }],
            Contacts = [new PlanContact { UnitId = unitId, SortOrder = 1, Role = "Chỉ huy", Name = "Phạm Thị Hồng", Phone = "0912 345 678" }],
        };
        db.ResponsePlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    public static async Task<Drill> DrillAsync(FireSafetyDbContext db, ResponsePlan plan, DateOnly heldOn, int participants = 10, bool police = false)
    {
        var drill = new Drill
        {
            PlanId = plan.Id,
            UnitId = plan.UnitId,
            HeldOn = heldOn,
            Scenario = "Cháy kho hồ sơ",
            ParticipantCount = participants,
            PoliceParticipated = police,
        };
        db.Drills.Add(drill);
        await db.SaveChangesAsync();
        return drill;
    }

    /// <summary>A current plan of the unit (the first there is, or a new draft), as a route value.</summary>
    public static async Task<string> PlanOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.ResponsePlans.IgnoreQueryFilters().Where(p => p.UnitId == unitId && p.IsCurrent).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        id ??= (await PlanAsync(db, unitId)).Id;
        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A drill of the unit (the first there is, or a new one), as a route value.</summary>
    public static async Task<string> DrillOfUnitAsync(FireSafetyDbContext db, int unitId)
    {
        var id = await db.Drills.IgnoreQueryFilters().Where(d => d.UnitId == unitId).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        if (id is null)
        {
            var planId = int.Parse(await PlanOfUnitAsync(db, unitId), CultureInfo.InvariantCulture);
            var plan = await db.ResponsePlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId);
            id = (await DrillAsync(db, plan, new DateOnly(2026, 3, 15))).Id;
        }

        return id.Value.ToString(CultureInfo.InvariantCulture);
    }

    public static Task<int> UnitIdAsync(FireSafetyDbContext db, string code) =>
        db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
}

using FireSafety.Core.Plans;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.UnitTests.Plans;

public sealed class PlanRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);

    private static ResponsePlan Approved() => new()
    {
        Id = 7,
        UnitId = 3,
        FacilityId = 4,
        SeriesKey = Guid.NewGuid(),
        Revision = 2,
        Status = PlanStatus.Approved,
        ApprovedBy = "Lê Minh Đức, Phó Giám đốc Sở",
        ApprovedOn = new DateOnly(2025, 5, 1),
        Title = "Phương án trụ sở",
        CommandSection = "Chỉ huy",
        ForcesSection = "Lực lượng",
        EquipmentSection = "Phương tiện",
        LogisticsSection = "Hậu cần",
        NextReviewOn = new DateOnly(2027, 5, 1),
        Scenarios = [new PlanScenario { Id = 1, PlanId = 7, UnitId = 3, SortOrder = 1, AreaName = "Kho", DuringWorkingHours = false, Description = "Cháy kho", Actions = "Báo 114" }],
        Contacts = [new PlanContact { Id = 1, PlanId = 7, UnitId = 3, SortOrder = 1, Role = "Chỉ huy", Name = "An", Phone = "0912" }],
    };

    [Fact]
    public void EditingAnApprovedPlan_MakesADraftCopy_AndLeavesTheApprovedOneInForce()
    {
        var approved = Approved();
        Assert.False(PlanRules.EditsInPlace(approved));
        Assert.True(PlanRules.CanEdit(approved));

        var draft = PlanRules.NewRevision(approved, Now);
        draft.Scenarios[0].Description = "Cháy kho do chập điện";

        Assert.Equal(3, draft.Revision);
        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.True(draft.IsCurrent);
        Assert.False(approved.IsCurrent);
        Assert.Equal(PlanStatus.Approved, approved.Status);
        Assert.Equal(approved.SeriesKey, draft.SeriesKey);
        Assert.Equal((approved.UnitId, approved.FacilityId, approved.Title, approved.CommandSection, approved.ForcesSection, approved.EquipmentSection, approved.LogisticsSection, approved.NextReviewOn),
            (draft.UnitId, draft.FacilityId, draft.Title, draft.CommandSection, draft.ForcesSection, draft.EquipmentSection, draft.LogisticsSection, draft.NextReviewOn));
        Assert.Null(draft.ApprovedBy);
        Assert.Null(draft.ApprovedOn);
        Assert.Equal(0, draft.Scenarios[0].Id);
        Assert.NotSame(approved.Scenarios[0], draft.Scenarios[0]);
        Assert.Equal("Cháy kho", approved.Scenarios[0].Description);
        Assert.Equal(("Chỉ huy", "An", "0912"), (draft.Contacts[0].Role, draft.Contacts[0].Name, draft.Contacts[0].Phone));
        Assert.True(PlanRules.EditsInPlace(draft));
        Assert.False(PlanRules.CanEdit(approved));
    }

    [Fact]
    public void ApprovingTheDraft_SupersedesTheRevisionInForce_OnThatDay()
    {
        var approved = Approved();
        var draft = PlanRules.NewRevision(approved, Now);
        draft.Id = 8;

        Assert.Null(PlanRules.Approve(draft, [approved], " Trần Thị Kiều Oanh, Chánh Văn phòng ", new DateOnly(2026, 11, 2)));

        Assert.Equal(PlanStatus.Approved, draft.Status);
        Assert.Equal("Trần Thị Kiều Oanh, Chánh Văn phòng", draft.ApprovedBy);
        Assert.Equal(PlanStatus.Superseded, approved.Status);
        Assert.Equal(new DateOnly(2026, 11, 2), approved.SupersededOn);
        Assert.True(PlanRules.InForceOn(approved, new DateOnly(2026, 11, 1)));
        Assert.False(PlanRules.InForceOn(approved, new DateOnly(2026, 11, 2)));
        Assert.False(PlanRules.InForceOn(draft, new DateOnly(2026, 11, 1)));
        Assert.True(PlanRules.InForceOn(draft, new DateOnly(2026, 11, 2)));
        Assert.False(PlanRules.CanEdit(approved));
    }

    [Fact]
    public void OnlyTheCurrentDraft_CanBeApproved()
    {
        var approved = Approved();

        Assert.Equal(PlanRules.OnlyDraftsApprove, PlanRules.Approve(approved, [], "X", new DateOnly(2026, 1, 1)));
        var draft = PlanRules.NewRevision(approved, Now);
        draft.IsCurrent = false;
        Assert.Equal(PlanRules.OnlyDraftsApprove, PlanRules.Approve(draft, [approved], "X", new DateOnly(2026, 1, 1)));
        Assert.Equal(PlanStatus.Approved, approved.Status);
    }

    [Theory]
    // 31/12/2026 16:59 UTC = 23:59 in Vietnam: still 2026.
    [InlineData("2026-12-31T16:59:00Z", true)]
    // 31/12/2026 17:00 UTC = 00:00 on 01/01/2027 in Vietnam: a new year, nothing drilled yet.
    [InlineData("2026-12-31T17:00:00Z", false)]
    [InlineData("2026-01-01T00:00:00Z", true)]
    [InlineData("2024-12-31T17:00:00Z", true)]
    [InlineData("2024-12-31T16:59:00Z", false)]
    public void DrilledThisYear_UsesTheVietnameseCalendarYear(string utcNow, bool expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
        DateOnly[] drills = [new(2025, 1, 1), new(2026, 12, 20)];

        Assert.Equal(expected, PlanRules.DrilledThisYear(drills, time));
    }

    [Fact]
    public void NotDrilled_WithoutDrills()
    {
        Assert.False(PlanRules.DrilledThisYear([], new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))));
        Assert.True(PlanRules.DrilledIn([new DateOnly(2024, 1, 1)], 2024));
    }

    [Fact]
    public void InForceDay_IsTodayWhileTheYearRuns_ElseItsLastDay()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), PlanRules.InForceDay(2026, new DateOnly(2026, 11, 28)));
        Assert.Equal(new DateOnly(2025, 12, 31), PlanRules.InForceDay(2025, new DateOnly(2026, 11, 28)));
    }
}

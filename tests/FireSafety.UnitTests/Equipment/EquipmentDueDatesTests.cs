using FireSafety.Core.Data.Configurations;
using FireSafety.Core.Equipment;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.UnitTests.Equipment;

public sealed class EquipmentDueDatesTests
{
    private static EquipmentType Type(string code) => EquipmentTypeConfiguration.Seed.Single(t => t.Code == code);

    /// <summary>A clock at the given Vietnam day, 09:00 local (02:00 UTC).</summary>
    private static FakeTimeProvider At(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("MFZ4", 1, 12)]
    [InlineData("MFZ8", 1, 12)]
    [InlineData("MT3", 1, 6)]
    [InlineData("MT5", 1, 6)]
    [InlineData("HVCC", 1, 6)]
    [InlineData("EXIT", 1, 12)]
    [InlineData("DSC", 1, 12)]
    [InlineData("DBK", 3, 12)]
    [InlineData("TTBC", 1, 6)]
    [InlineData("MNLD", 3, 12)]
    public void EachSeededType_DueDatesFollowItsIntervals(string code, int checkMonths, int maintenanceMonths)
    {
        var type = Type(code);
        var item = new EquipmentItem { CommissionedOn = new DateOnly(2025, 3, 10), LastCheckedOn = new DateOnly(2026, 5, 15), LastMaintainedOn = new DateOnly(2026, 1, 20) };

        item.Recompute(type);

        Assert.Equal(new DateOnly(2026, 5, 15).AddMonths(checkMonths), item.NextCheckDue);
        Assert.Equal(new DateOnly(2026, 1, 20).AddMonths(maintenanceMonths), item.NextMaintenanceDue);
    }

    [Fact]
    public void TheSeed_HasTheTenTypesOfTheIssue_WithPositiveIntervals()
    {
        Assert.Equal(10, EquipmentTypeConfiguration.Seed.Length);
        Assert.All(EquipmentTypeConfiguration.Seed, t => Assert.True(t.CheckIntervalMonths > 0 && t.MaintenanceIntervalMonths > 0, t.Code));
        Assert.Equal(EquipmentTypeConfiguration.Seed.Length, EquipmentTypeConfiguration.Seed.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public void NeverChecked_CountsFromCommissioning()
    {
        var item = new EquipmentItem { CommissionedOn = new DateOnly(2026, 4, 2) };

        item.Recompute(Type("MFZ4"));

        Assert.Equal(new DateOnly(2026, 5, 2), item.NextCheckDue);
        Assert.Equal(new DateOnly(2027, 4, 2), item.NextMaintenanceDue);
    }

    [Fact]
    public void NeverMaintainedNorCommissioned_CountsMaintenanceFromManufacture()
    {
        var item = new EquipmentItem { ManufacturedOn = new DateOnly(2025, 8, 1) };

        item.Recompute(Type("MT3"));

        Assert.Null(item.NextCheckDue);
        Assert.Equal(new DateOnly(2026, 2, 1), item.NextMaintenanceDue);
    }

    [Fact]
    public void NoDates_NoDueDates()
    {
        var item = new EquipmentItem();

        item.Recompute(Type("EXIT"));

        Assert.Null(item.NextCheckDue);
        Assert.Null(item.NextMaintenanceDue);
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // month end: no 31 February
    [InlineData("2028-01-31", 1, "2028-02-29")] // leap year
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2027-08-31", 6, "2028-02-29")] // six months into a leap February
    [InlineData("2028-02-29", 12, "2029-02-28")] // leap day plus a year
    [InlineData("2024-02-29", 48, "2028-02-29")] // leap day plus four years
    [InlineData("2026-12-15", 1, "2027-01-15")] // across the year
    [InlineData("2026-11-30", 3, "2027-02-28")]
    public void MonthEndsAndLeapYears(string last, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EquipmentDueDates.NextDue(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), null, months));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NonPositiveInterval_HasNoDueDate(int months) =>
        Assert.Null(EquipmentDueDates.NextDue(new DateOnly(2026, 1, 1), null, months));

    [Fact]
    public void LastDone_WinsOverStart() =>
        Assert.Equal(new DateOnly(2026, 7, 5), EquipmentDueDates.NextDue(new DateOnly(2026, 6, 5), new DateOnly(2020, 1, 1), 1));

    [Theory]
    [InlineData(2026, 6, 14, DueState.Ok)] // 8 days before
    [InlineData(2026, 6, 15, DueState.DueSoon)] // 7 days before: due soon
    [InlineData(2026, 6, 22, DueState.DueSoon)] // the due day itself is not overdue
    [InlineData(2026, 6, 23, DueState.Overdue)] // the day after
    public void CheckState_AgainstTheVietnamToday(int year, int month, int day, DueState expected)
    {
        var item = new EquipmentItem { NextCheckDue = new DateOnly(2026, 6, 22) };

        Assert.Equal(expected, EquipmentDueDates.CheckState(item, At(year, month, day)));
    }

    [Fact]
    public void CheckState_UsesVietnamDate_NotUtc()
    {
        var item = new EquipmentItem { NextCheckDue = new DateOnly(2026, 6, 22) };
        // 22/06 18:00 UTC is already 23/06 01:00 in Vietnam: overdue there.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 22, 18, 0, 0, TimeSpan.Zero));

        Assert.Equal(DueState.Overdue, EquipmentDueDates.CheckState(item, time));
    }

    [Fact]
    public void MaintenanceState_FollowsTheClock()
    {
        var item = new EquipmentItem { NextMaintenanceDue = new DateOnly(2027, 2, 28) };
        var time = At(2027, 2, 1);

        Assert.Equal(DueState.Ok, EquipmentDueDates.MaintenanceState(item, time));
        time.Advance(TimeSpan.FromDays(22));
        Assert.Equal(DueState.DueSoon, EquipmentDueDates.MaintenanceState(item, time));
        time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(DueState.Overdue, EquipmentDueDates.MaintenanceState(item, time));
    }

    [Fact]
    public void RetiredItems_AreNeverDue()
    {
        var item = new EquipmentItem { Status = EquipmentStatus.Retired, NextCheckDue = new DateOnly(2020, 1, 1), NextMaintenanceDue = new DateOnly(2020, 1, 1) };

        Assert.Equal(DueState.None, EquipmentDueDates.CheckState(item, At(2026, 1, 1)));
        Assert.Equal(DueState.None, EquipmentDueDates.MaintenanceState(item, At(2026, 1, 1)));
    }

    [Fact]
    public void Failures_ListTheNoAnswers()
    {
        var check = new EquipmentCheck { InPlace = true, AccessClear = true, GaugeGreen = false, PinAndSealIntact = true, NoDamage = false, LabelLegible = true };

        Assert.Equal(["Đồng hồ áp suất ở vùng xanh", "Không hư hỏng, gỉ sét, rò rỉ, tắc vòi"], check.Failures());
        Assert.False(new CheckAnswers(true, true, false, true, true, true, null).Passed);
        Assert.True(new CheckAnswers(true, true, true, true, true, true, null).Passed);
    }
}

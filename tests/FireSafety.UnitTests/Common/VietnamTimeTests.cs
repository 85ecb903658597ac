using FireSafety.Core.Common;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.UnitTests.Common;

public sealed class VietnamTimeTests
{
    [Fact]
    public void ToLocalDate_At1659Utc_IsTheSameDay_At1700Utc_IsTheNextDay()
    {
        Assert.Equal(new DateOnly(2026, 12, 15), VietnamTime.ToLocalDate(new DateTime(2026, 12, 15, 16, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 12, 16), VietnamTime.ToLocalDate(new DateTime(2026, 12, 15, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void StartAndEndOfDay_AreMidnightsInVietnam()
    {
        var day = new DateOnly(2026, 12, 31);

        Assert.Equal(new DateTime(2026, 12, 30, 17, 0, 0, DateTimeKind.Utc), VietnamTime.StartOfDayUtc(day));
        Assert.Equal(new DateTime(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc).AddTicks(-1), VietnamTime.EndOfDayUtc(day));
        Assert.Equal(DateTimeKind.Utc, VietnamTime.EndOfDayUtc(day).Kind);
    }

    [Fact]
    public void ToUtc_IsTheInverseOfToLocal()
    {
        var utc = new DateTime(2026, 7, 1, 1, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 7, 1, 8, 30, 0), VietnamTime.ToLocal(utc));
        Assert.Equal(utc, VietnamTime.ToUtc(VietnamTime.ToLocal(utc)));
    }

    [Fact]
    public void Today_IsTheVietnamDateOfTheProvidersInstant_WhateverItsLocalZone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);

        Assert.Equal(new DateOnly(2027, 1, 1), VietnamTime.Today(time));
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0), VietnamTime.Now(time));
    }

    [Fact]
    public void AsUtc_RefusesServerLocalTimes() =>
        Assert.Throws<ArgumentException>(() => VietnamTime.AsUtc(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));

    [Fact]
    public void ResolveZone_WhenTheZoneIsMissing_FallsBackToAFixedPlus7()
    {
        var zone = VietnamTime.ResolveZone(id => throw new TimeZoneNotFoundException(id));

        Assert.Equal(TimeSpan.FromHours(7), zone.BaseUtcOffset);
        Assert.False(zone.SupportsDaylightSavingTime);
        Assert.Equal(new DateTime(2026, 12, 16, 0, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2026, 12, 15, 17, 0, 0, DateTimeKind.Utc), zone));
    }

    [Fact]
    public void Zone_OnThisMachine_IsPlus7WithoutDaylightSaving()
    {
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}

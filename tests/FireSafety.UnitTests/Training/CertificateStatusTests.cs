using FireSafety.Core.Training;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.UnitTests.Training;

public sealed class CertificateStatusTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void NoExpiryDate_IsNoExpiry_WhateverTheDay()
    {
        Assert.Equal(CertificateStatus.NoExpiry, Certificates.Status(null, D(2026, 6, 1), 30));
        Assert.Equal(CertificateStatus.NoExpiry, Certificates.Status(null, D(2099, 12, 31), 0));
    }

    [Theory]
    [InlineData("2026-07-01", CertificateStatus.Valid)] // 30 days + 1
    [InlineData("2026-06-30", CertificateStatus.ExpiringSoon)] // the window's last day
    [InlineData("2026-06-02", CertificateStatus.ExpiringSoon)]
    [InlineData("2026-05-31", CertificateStatus.ExpiringSoon)] // expires today: still valid today
    [InlineData("2026-05-30", CertificateStatus.Expired)] // expired yesterday
    public void AroundTheWindow_AndTheExpiryDay(string expiresOn, CertificateStatus expected) =>
        Assert.Equal(expected, Certificates.Status(DateOnly.Parse(expiresOn, System.Globalization.CultureInfo.InvariantCulture), D(2026, 5, 31), 30));

    [Fact]
    public void TheWindow_CountsDays_AcrossMonthEnds()
    {
        // 31 January + 30 days = 2 March in a common year (February has 28 days) ...
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2027, 3, 2), D(2027, 1, 31), 30));
        Assert.Equal(CertificateStatus.Valid, Certificates.Status(D(2027, 3, 3), D(2027, 1, 31), 30));

        // ... and 1 March in a leap year (29 February exists).
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2028, 3, 1), D(2028, 1, 31), 30));
        Assert.Equal(CertificateStatus.Valid, Certificates.Status(D(2028, 3, 2), D(2028, 1, 31), 30));
    }

    [Fact]
    public void ACertificateExpiringOnLeapDay_IsExpiredOnTheFirstOfMarch()
    {
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2028, 2, 29), D(2028, 2, 29), 30));
        Assert.Equal(CertificateStatus.Expired, Certificates.Status(D(2028, 2, 29), D(2028, 3, 1), 30));
    }

    [Fact]
    public void AZeroWindow_WarnsOnlyOnTheExpiryDay_AndANegativeOneIsRefused()
    {
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2026, 5, 31), D(2026, 5, 31), 0));
        Assert.Equal(CertificateStatus.Valid, Certificates.Status(D(2026, 6, 1), D(2026, 5, 31), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Certificates.Status(D(2026, 6, 1), D(2026, 5, 31), -1));
    }

    [Fact]
    public void TheClock_IsReadInVietnam_NotInUtc()
    {
        // 31/12/2026 17:30 UTC is already 1/1/2027 00:30 in Hà Nội: a certificate valid through
        // 31/12/2026 has expired there, though the UTC date is still the 31st.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));
        var options = new TrainingOptions();

        Assert.Equal(CertificateStatus.Expired, Certificates.Status(D(2026, 12, 31), clock, options));
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2027, 1, 31), clock, options));
        Assert.Equal(CertificateStatus.Valid, Certificates.Status(D(2027, 2, 1), clock, options));
    }

    [Fact]
    public void TheWindow_IsConfigurable_AndDefaultsToThirtyDays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 31, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(30, new TrainingOptions().WarningDays);
        Assert.Equal(CertificateStatus.Valid, Certificates.Status(D(2026, 8, 15), clock, new TrainingOptions()));
        Assert.Equal(CertificateStatus.ExpiringSoon, Certificates.Status(D(2026, 8, 15), clock, new TrainingOptions { WarningDays = 90 }));
    }

    [Fact]
    public void TheQueryFilters_AgreeWithTheStatusFunction()
    {
        var today = D(2028, 2, 10);
        var expiries = Enumerable.Range(-40, 100).Select(d => (DateOnly?)today.AddDays(d)).Append(null).ToList();
        var records = expiries.Select((e, i) => new TrainingRecord { Id = i, CertificateExpiresOn = e }).ToList().AsQueryable();

        Assert.Equal(
            records.Where(r => Certificates.Status(r.CertificateExpiresOn, today, 30) == CertificateStatus.ExpiringSoon).Select(r => r.Id),
            records.ExpiringSoon(today, 30).Select(r => r.Id));
        Assert.Equal(
            records.Where(r => Certificates.Status(r.CertificateExpiresOn, today, 30) == CertificateStatus.Expired).Select(r => r.Id),
            records.Expired(today).Select(r => r.Id));
        Assert.Equal(
            records.Where(r => Certificates.Status(r.CertificateExpiresOn, today, 30) != CertificateStatus.Expired).Select(r => r.Id),
            records.NotExpired(today).Select(r => r.Id));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void AnUnusableWindow_IsRefusedAtStartup(int days) =>
        Assert.Throws<InvalidOperationException>(() => new TrainingOptions { WarningDays = days }.Validated());
}

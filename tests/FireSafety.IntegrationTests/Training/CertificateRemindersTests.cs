using FireSafety.Core.Notifications;
using FireSafety.Core.Training;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Training;

/// <summary>The daily certificate warning on a real database with a fake clock.</summary>
public sealed class CertificateRemindersTests : IDisposable
{
    // 2026-12-01 09:00 in Hà Nội.
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly FireSafetyFactory _factory;

    public CertificateRemindersTests()
    {
        _factory = new FireSafetyFactory { Time = new FakeTimeProvider(Morning) };
        _ = _factory.Server;
    }

    public void Dispose() => _factory.Dispose();

    private async Task<int> RunAsync()
    {
        await using var scope = _factory.Database();
        return await ActivatorUtilities.CreateInstance<CertificateReminders>(scope.Services).RunAsync(CancellationToken.None);
    }

    private async Task<List<Notification>> NotificationsOfAsync(string email)
    {
        await using var scope = _factory.Database();
        var userId = await scope.Db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await scope.Db.Notifications.Where(n => n.UserId == userId && n.DedupKey.StartsWith("certificate-")).OrderBy(n => n.DedupKey).ToListAsync();
    }

    [Fact]
    public async Task WarnsTheUnitHeads_OfExpiringAndExpiredCertificates_OncePerDay()
    {
        int unitId;
        await using (var scope = _factory.Database())
        {
            unitId = await EquipmentTestData.UnitIdAsync(scope.Db, DemoAccounts.OtherUnitHead.UnitCode);
            await TrainingTestData.RecordAsync(scope.Db, unitId, "Sắp hết A", completedOn: new DateOnly(2021, 12, 31), expiresOn: new DateOnly(2026, 12, 31)); // day 30 of the window
            await TrainingTestData.RecordAsync(scope.Db, unitId, "Sắp hết B", completedOn: new DateOnly(2021, 12, 1), expiresOn: new DateOnly(2026, 12, 1)); // expires today
            await TrainingTestData.RecordAsync(scope.Db, unitId, "Đã hết C", completedOn: new DateOnly(2021, 11, 30), expiresOn: new DateOnly(2026, 11, 30)); // expired yesterday
            await TrainingTestData.RecordAsync(scope.Db, unitId, "Còn hạn D", completedOn: new DateOnly(2022, 1, 1), expiresOn: new DateOnly(2027, 1, 1)); // day 31: not yet
            await TrainingTestData.RecordAsync(scope.Db, unitId, "Không hạn E", expiresOn: null);
        }

        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var first = await NotificationsOfAsync(DemoAccounts.OtherUnitHead.Email);
        Assert.Equal([$"certificate-expired:{unitId}:2026-12-01", $"certificate-expiring:{unitId}:2026-12-01"], first.Select(n => n.DedupKey));
        Assert.Equal("1 chứng nhận huấn luyện PCCC đã hết hạn", first[0].Text);
        Assert.Equal(NotificationKind.Overdue, first[0].Kind);
        Assert.Equal("/Training?status=Expired", first[0].Url);
        Assert.Equal("2 chứng nhận huấn luyện PCCC sắp hết hạn", first[1].Text);
        Assert.Equal(NotificationKind.DueSoon, first[1].Kind);
        Assert.Equal("/Training?status=Expiring", first[1].Url);
        Assert.Empty(await NotificationsOfAsync(DemoAccounts.UnitHead.Email));

        // Next day: B has expired too, D has entered the window.
        _factory.Time!.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await RunAsync());
        var second = (await NotificationsOfAsync(DemoAccounts.OtherUnitHead.Email)).Where(n => n.DedupKey.EndsWith(":2026-12-02", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2 chứng nhận huấn luyện PCCC đã hết hạn", "2 chứng nhận huấn luyện PCCC sắp hết hạn"], second.Select(n => n.Text));
    }
}

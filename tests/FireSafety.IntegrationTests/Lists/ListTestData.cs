using System.Globalization;
using FireSafety.Core.Data;
using FireSafety.Core.Units;
using FireSafety.Core.Users;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.IntegrationTests.Lists;

/// <summary>
/// A host whose Vietnam "today" is 15/06/2026, with a fresh sub-unit of the demo UnitHead's unit
/// (HCTP) that holds nothing but what a test puts there — so <c>under</c> = that unit selects
/// exactly a test's rows, and the UnitHead's scope (own subtree) includes them.
/// </summary>
public sealed class ListsFactory : FireSafetyFactory
{
    /// <summary>10:00 on 15/06/2026 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 3, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 6, 15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _childId;

    public ListsFactory() => Time = new FakeTimeProvider(Now);

    /// <summary>Creates (once) a sub-unit of HCTP with a facility and an area, and answers its id.</summary>
    public async Task<int> ChildUnitAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_childId is null)
            {
                await using var scope = Database();
                var db = scope.Db;
                var parent = await db.Units.IgnoreQueryFilters().SingleAsync(u => u.Code == DemoAccounts.UnitHead.UnitCode);
                var child = new Unit { Code = "HCTP-DS", Name = "Tổ kiểm thử danh sách", ParentId = parent.Id };
                await scope.Services.GetRequiredService<UnitTree>().AddAsync(child);
                var facility = new Facility { UnitId = child.Id, Name = "Kho tổ kiểm thử", Address = "Số 9 Trần Phú" };
                db.Facilities.Add(facility);
                await db.SaveChangesAsync();
                db.Areas.Add(new Area { UnitId = child.Id, FacilityId = facility.Id, Name = "Kho hồ sơ tổ", IsHighRisk = true });
                await db.SaveChangesAsync();
                _childId = child.Id;
            }

            return _childId.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}

internal static class ListTestData
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<int> UnitIdAsync(FireSafetyDbContext db, string code) =>
        db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync();

    /// <summary>The start of a Vietnam calendar day, in UTC.</summary>
    public static DateTime VietnamDayUtc(DateOnly day, int hour = 0, int minute = 0) =>
        day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc).AddHours(-7);

    /// <summary>The values of one column of an export, leaving out the empty row of an empty export.</summary>
    public static List<string> Column(List<IDictionary<string, object?>> sheet, string header) =>
        [.. sheet.Select(r => r[header]?.ToString()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Order(StringComparer.Ordinal)];

    /// <summary>The number of records a list says it has (its pager's data-total).</summary>
    public static async Task<int> TotalAsync(PageClient client, string url)
    {
        var document = await client.GetDocumentAsync(url);
        var pager = document.QuerySelector("[data-testid=pager-summary]");
        return pager is null ? 0 : int.Parse(pager.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
    }
}

using FireSafety.Core.Common;
using FireSafety.Core.Incidents;
using FireSafety.Core.Units;
using FireSafety.IntegrationTests.Incidents;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FireSafety.IntegrationTests.Performance;

/// <summary>
/// <see cref="PagedList{T}"/> pages an ordered, projected query before projecting it, and reads a
/// page in the second half from the end: every page must hold exactly the rows of a plain
/// in-memory paging, ties included, on the real database.
/// </summary>
public sealed class PagedListTests : IClassFixture<FireSafetyFactory>
{
    private const int Rows = 47;
    private const int PageSize = 10;

    private readonly FireSafetyFactory _factory;

    public PagedListTests(FireSafetyFactory factory) => _factory = factory;

    [Fact]
    public async Task EveryPage_HoldsTheRowsOfTheOrder_WhetherReadFromTheStartOrFromTheEnd()
    {
        await using var scope = _factory.Database();
        var db = scope.Db;
        var unitId = await ArrangeAsync(scope);

        // Ties on the time (three incidents share each hour): only the id makes the order total.
        IQueryable<Row> Listed() => db.Incidents.AsNoTracking().Where(i => i.UnitId == unitId)
            .OrderByDescending(i => i.OccurredAtUtc).ThenBy(i => i.Type).ThenByDescending(i => i.Id)
            .Select(i => new Row(i.Id, i.Summary, db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Code).FirstOrDefault() ?? string.Empty));
        var all = await Listed().ToListAsync();
        Assert.Equal(Rows, all.Count);

        var pages = (Rows + PageSize - 1) / PageSize;
        for (var page = 1; page <= pages; page++)
        {
            var paged = await PagedList<Row>.CreateAsync(Listed(), page, PageSize);
            Assert.Equal(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), paged.Items);
            Assert.Equal(page, paged.PageNumber);
            Assert.Equal(Rows, paged.TotalCount);
        }

        // Past the end: the last page.
        var beyond = await PagedList<Row>.CreateAsync(Listed(), 1000, PageSize);
        Assert.Equal(pages, beyond.PageNumber);
        Assert.Equal(all.Skip((pages - 1) * PageSize).ToList(), beyond.Items);
    }

    [Fact]
    public async Task AnOrderNotEndingWithTheId_IsPagedFromTheStart_AndStillRight()
    {
        await using var scope = _factory.Database();
        var db = scope.Db;
        var unitId = await ArrangeAsync(scope);

        IQueryable<Row> Listed() => db.Incidents.AsNoTracking().Where(i => i.UnitId == unitId)
            .OrderBy(i => i.Summary).ThenBy(i => i.Id).ThenBy(i => i.OccurredAtUtc)
            .Select(i => new Row(i.Id, i.Summary, string.Empty));
        var all = await Listed().ToListAsync();

        var last = await PagedList<Row>.CreateAsync(Listed(), 5, PageSize);
        Assert.Equal(all.Skip(4 * PageSize).ToList(), last.Items);
    }

    private sealed record Row(int Id, string Summary, string UnitCode);

    private static async Task<int> ArrangeAsync(AsyncServiceScopeDbContext scope)
    {
        var db = scope.Db;
        var unit = new Unit { Code = $"PG{Guid.NewGuid():N}"[..12], Name = "Đơn vị phân trang", Kind = UnitKind.Division, ParentId = await IncidentTestData.UnitIdAsync(db, "STP") };
        await scope.Services.GetRequiredService<UnitTree>().AddAsync(unit);
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Rows; i++)
        {
            await IncidentTestData.IncidentAsync(db, unit.Id, start.AddHours(i / 3), i % 2 == 0 ? IncidentType.Fire : IncidentType.Incident, summary: $"Sự cố {i % 5}");
        }

        return unit.Id;
    }
}

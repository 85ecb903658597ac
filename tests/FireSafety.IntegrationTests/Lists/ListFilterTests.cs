using FireSafety.Core.Actions;
using FireSafety.Core.Equipment;
using FireSafety.Core.Inspections;
using FireSafety.Core.RiskPoints;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Actions;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.IntegrationTests.Inspections;
using FireSafety.IntegrationTests.RiskPoints;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;
using static FireSafety.IntegrationTests.Lists.ListTestData;

namespace FireSafety.IntegrationTests.Lists;

/// <summary>
/// The lists' filters the leadership dashboard links to: <c>under</c> (a unit and its subtree) on
/// every unit-filtered list, and the new age, severity, level, month and due filters, each counted
/// at its boundaries (today = 15/06/2026 in Vietnam).
/// </summary>
public sealed class ListFilterTests(ListsFactory factory) : IClassFixture<ListsFactory>
{
    private async Task<PageClient> SignInAsync(DemoAccounts.Account account)
    {
        var client = new PageClient(factory.CreateAppClient());
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Under_IsAUnitAndItsSubtree_ShownAsARemovableBadge_AndKeptByTheFormAndThePager()
    {
        var child = await factory.ChildUnitAsync();
        int hctp;
        await using (var scope = factory.Database())
        {
            hctp = await UnitIdAsync(scope.Db, DemoAccounts.UnitHead.UnitCode);
            for (var i = 0; i < 22; i++)
            {
                await ActionTestData.ActionAsync(scope.Db, child, new DateOnly(2026, 7, 1), $"Dưới tổ kiểm thử {i:00}");
            }
        }

        var office = await SignInAsync(DemoAccounts.Office);
        Assert.Equal(22, await TotalAsync(office, $"/Actions?under={Id(child)}&q=duoi+to+kiem+thu"));
        Assert.Equal(0, await TotalAsync(office, $"/Actions?unitId={Id(hctp)}&q=duoi+to+kiem+thu"));
        Assert.Equal(22, await TotalAsync(office, $"/Actions?under={Id(hctp)}&q=duoi+to+kiem+thu"));

        var page = await office.GetDocumentAsync($"/Actions?under={Id(child)}&q=duoi+to+kiem+thu");
        var badge = page.QuerySelector("[data-testid=under-filter]")!;
        Assert.Contains("Thuộc: Tổ kiểm thử danh sách và các đơn vị trực thuộc", badge.TextContent, StringComparison.Ordinal);
        var clear = badge.GetAttribute("href")!;
        Assert.StartsWith("/Actions?q=duoi", clear, StringComparison.Ordinal);
        Assert.DoesNotContain("under=", clear, StringComparison.Ordinal);
        Assert.Equal(Id(child), page.QuerySelector("form[role=search] input[type=hidden][name=under]")!.GetAttribute("value"));
        var next = page.QuerySelectorAll(".pagination a.page-link").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("p=2", StringComparison.Ordinal));
        Assert.Contains($"under={Id(child)}", next, StringComparison.Ordinal);
        Assert.Contains($"under={Id(child)}", page.QuerySelector("[data-testid=export]")!.GetAttribute("href"), StringComparison.Ordinal);

        // A UnitHead's scope is not widened by another unit's subtree.
        var other = await SignInAsync(DemoAccounts.OtherUnitHead);
        Assert.Equal(0, await TotalAsync(other, $"/Actions?under={Id(child)}&q=duoi+to+kiem+thu"));
    }

    [Fact]
    public async Task Under_OnEveryUnitFilteredList_SelectsTheSubtree()
    {
        var child = await factory.ChildUnitAsync();
        var office = await SignInAsync(DemoAccounts.Office);
        int root;
        await using (var scope = factory.Database())
        {
            root = await scope.Db.Units.IgnoreQueryFilters().Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync();
        }

        string[] lists = ["/Tasks", "/Actions", "/Inspections", "/Inspections/Findings", "/Equipment", "/RiskPoints", "/Plans", "/Plans/Drills", "/Training", "/Dissemination", "/Incidents", "/Facilities", "/Difficulties"];
        foreach (var list in lists)
        {
            var page = await office.GetDocumentAsync($"{list}?under={Id(root)}");
            Assert.True(page.QuerySelector("[data-testid=under-filter]") is not null, list);
            Assert.True(await TotalAsync(office, $"{list}?under={Id(root)}") == await TotalAsync(office, list), list);
        }

        // The task board's status cards and its export keep the subtree; the cards count within it.
        var board = await office.GetDocumentAsync($"/Tasks?under={Id(child)}");
        Assert.All(board.QuerySelectorAll("[data-testid=task-counts] a"), a => Assert.Contains($"under={Id(child)}", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(board.QuerySelectorAll("[data-testid=count-value]"), c => Assert.Equal("0", c.TextContent.Trim()));
        Assert.Contains($"under={Id(child)}", board.QuerySelector("[data-testid=export]")!.GetAttribute("href"), StringComparison.Ordinal);

        // The test unit holds one facility and nothing else of these registers.
        Assert.Equal(1, await TotalAsync(office, $"/Facilities?under={Id(child)}"));
        Assert.Equal(0, await TotalAsync(office, $"/Difficulties?under={Id(child)}"));
    }

    [Fact]
    public async Task ActionsAge_CountsVietnamCalendarDays_AtEachBoundary_AndCombinesWithStatus()
    {
        var child = await factory.ChildUnitAsync();
        await using (var scope = factory.Database())
        {
            async Task AddAsync(string title, DateTime createdAtUtc, ActionStatus status = ActionStatus.Open)
            {
                var action = await ActionTestData.ActionAsync(scope.Db, child, new DateOnly(2026, 7, 1), title, status);
                action.CreatedAtUtc = createdAtUtc;
                await scope.Db.SaveChangesAsync();
            }

            // 30 days old (16/05 in Vietnam) is up to 30; 31 days (15/05, late evening) is 31–90.
            await AddAsync("Tuổi A 30 ngày", VietnamDayUtc(new DateOnly(2026, 5, 16)));
            await AddAsync("Tuổi B 31 ngày", VietnamDayUtc(new DateOnly(2026, 5, 15), 23, 59));
            await AddAsync("Tuổi C 90 ngày", VietnamDayUtc(new DateOnly(2026, 3, 17)));
            await AddAsync("Tuổi D 91 ngày", VietnamDayUtc(new DateOnly(2026, 3, 16), 23, 59));
            await AddAsync("Tuổi E hôm nay đã xác nhận", VietnamDayUtc(ListsFactory.Today, 9), ActionStatus.Verified);
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var under = $"/Actions?under={Id(child)}&q=tuoi";
        Assert.Equal(2, await TotalAsync(office, under + "&age=UpTo30Days"));
        Assert.Equal(1, await TotalAsync(office, under + "&age=UpTo30Days&status=Open"));
        Assert.Equal(2, await TotalAsync(office, under + "&age=Days31To90"));
        Assert.Equal(1, await TotalAsync(office, under + "&age=Over90Days"));
        Assert.Equal(0, await TotalAsync(office, under + "&age=Over90Days&severity=Minor"));

        var form = await office.GetDocumentAsync(under + "&age=Days31To90");
        Assert.Equal("Days31To90", form.QuerySelector("#age option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RiskLevel_SelectsTheScoresOfItsBand()
    {
        var child = await factory.ChildUnitAsync();
        await using (var scope = factory.Database())
        {
            foreach (var (l, s) in new[] { (2, 2), (1, 5), (3, 3), (2, 5), (4, 4), (4, 5) })
            {
                await RiskPointTestData.PointAsync(scope.Db, child, $"Mức {l}x{s}", l, s, new DateOnly(2030, 1, 1));
            }
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var under = $"/RiskPoints?under={Id(child)}";
        Assert.Equal(1, await TotalAsync(office, under + "&level=Low"));
        Assert.Equal(2, await TotalAsync(office, under + "&level=Medium"));
        Assert.Equal(2, await TotalAsync(office, under + "&level=High"));
        Assert.Equal(1, await TotalAsync(office, under + "&level=Extreme"));
        Assert.Equal(6, await TotalAsync(office, under));

        var high = await office.GetDocumentAsync(under + "&level=High");
        var hazards = high.QuerySelectorAll("[data-testid=risk-point] a.fw-semibold").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal);
        Assert.Equal(["Mức 2x5", "Mức 4x4"], hazards);
        Assert.All(high.QuerySelectorAll("[data-testid=cell] a"), a => Assert.Contains("level=High", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal((17, 25), RiskMatrix.ScoreRange(RiskLevel.Extreme));
    }

    [Fact]
    public async Task InspectionsMonth_IsThatMonthOfTheYear_FirstAndLastDayIncluded()
    {
        var child = await factory.ChildUnitAsync();
        await using (var scope = factory.Database())
        {
            var facility = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == child).Select(f => f.Id).FirstAsync();
            var template = await InspectionTestData.PublishedTemplateIdAsync(scope.Db);
            foreach (var day in new[] { new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2025, 3, 15) })
            {
                scope.Db.Inspections.Add(new Inspection
                {
                    UnitId = child,
                    FacilityId = facility,
                    Inspectors = "Tổ kiểm thử",
                    TemplateId = template,
                    InspectedOn = day,
                    Status = InspectionStatus.Submitted,
                    StartedAtUtc = VietnamDayUtc(day, 8),
                    SubmittedAtUtc = VietnamDayUtc(day, 9),
                });
            }

            await scope.Db.SaveChangesAsync();
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var under = $"/Inspections?under={Id(child)}";
        Assert.Equal(2, await TotalAsync(office, under + "&year=2026&month=3"));
        Assert.Equal(1, await TotalAsync(office, under + "&year=2026&month=2"));
        Assert.Equal(4, await TotalAsync(office, under + "&year=2026"));
        Assert.Equal(5, await TotalAsync(office, under + "&month=3"));

        var sheet = await office.SheetAsync($"/Inspections?handler=Export&under={Id(child)}&year=2026&month=3");
        Assert.Equal(["01/03/2026", "31/03/2026"], Column(sheet, "Ngày kiểm tra"));
    }

    [Fact]
    public async Task EquipmentDue_CheckAndMaintenanceSeparately_TodayAndTheSeventhDayAreDueSoon_RetiredLeftOut()
    {
        var child = await factory.ChildUnitAsync();
        var today = ListsFactory.Today;
        await using (var scope = factory.Database())
        {
            async Task AddAsync(string code, DateOnly? check, DateOnly? maintenance, EquipmentStatus status = EquipmentStatus.InService)
            {
                var item = await EquipmentTestData.ItemAsync(scope.Db, child, code);
                item.NextCheckDue = check;
                item.NextMaintenanceDue = maintenance;
                item.Status = status;
                await scope.Db.SaveChangesAsync();
            }

            await AddAsync("HAN-KT-QUA", today.AddDays(-1), null);
            await AddAsync("HAN-KT-NAY", today, null);
            await AddAsync("HAN-KT-7", today.AddDays(EquipmentDueDates.DueSoonDays), null);
            await AddAsync("HAN-KT-8", today.AddDays(EquipmentDueDates.DueSoonDays + 1), null);
            await AddAsync("HAN-BD-QUA", null, today.AddDays(-30));
            await AddAsync("HAN-BD-7", today.AddDays(60), today.AddDays(EquipmentDueDates.DueSoonDays));
            await AddAsync("HAN-THANHLY", today.AddDays(-5), today.AddDays(-5), EquipmentStatus.Retired);
        }

        var office = await SignInAsync(DemoAccounts.Office);
        async Task<List<string>> CodesAsync(string due)
        {
            var page = await office.GetDocumentAsync($"/Equipment?under={Id(child)}&due={due}");
            return [.. page.QuerySelectorAll("[data-testid=item] a.fw-semibold").Select(c => c.TextContent.Split('·')[0].Trim()).Order(StringComparer.Ordinal)];
        }

        Assert.Equal(["HAN-KT-QUA"], await CodesAsync("CheckOverdue"));
        Assert.Equal(["HAN-KT-7", "HAN-KT-NAY"], await CodesAsync("CheckDueSoon"));
        Assert.Equal(["HAN-BD-QUA"], await CodesAsync("MaintenanceOverdue"));
        Assert.Equal(["HAN-BD-7"], await CodesAsync("MaintenanceDueSoon"));
        Assert.Equal(["HAN-BD-QUA", "HAN-KT-QUA"], await CodesAsync("Overdue"));
        Assert.Equal(["HAN-BD-7", "HAN-KT-7", "HAN-KT-NAY"], await CodesAsync("DueSoon"));
    }

    [Fact]
    public async Task FindingsSeverity_SelectsThatSeverity_AndTheExportFollows()
    {
        var child = await factory.ChildUnitAsync();
        await using (var scope = factory.Database())
        {
            var facility = await scope.Db.Facilities.IgnoreQueryFilters().Where(f => f.UnitId == child).Select(f => f.Id).FirstAsync();
            var template = await InspectionTestData.PublishedTemplateIdAsync(scope.Db);
            var items = await scope.Db.ChecklistItems.Where(i => i.Section!.TemplateId == template).OrderBy(i => i.Id).Take(4).ToListAsync();
            var inspection = new Inspection
            {
                UnitId = child,
                FacilityId = facility,
                Inspectors = "Tổ kiểm thử",
                TemplateId = template,
                InspectedOn = new DateOnly(2026, 5, 20),
                Status = InspectionStatus.Submitted,
                StartedAtUtc = VietnamDayUtc(new DateOnly(2026, 5, 20), 8),
                SubmittedAtUtc = VietnamDayUtc(new DateOnly(2026, 5, 20), 9),
            };
            scope.Db.Inspections.Add(inspection);
            await scope.Db.SaveChangesAsync();
            var findings = new[] { ("Tồn tại nghiêm trọng 1", Severity.Critical), ("Tồn tại nghiêm trọng 2", Severity.Critical), ("Tồn tại lớn", Severity.Major), ("Tồn tại nhỏ", Severity.Minor) };
            for (var i = 0; i < findings.Length; i++)
            {
                var (text, severity) = findings[i];
                scope.Db.Findings.Add(new Finding { UnitId = child, InspectionId = inspection.Id, ItemId = items[i].Id, ItemCode = items[i].Code, ItemText = text, Severity = severity });
            }

            await scope.Db.SaveChangesAsync();
        }

        var office = await SignInAsync(DemoAccounts.Office);
        var under = $"/Inspections/Findings?under={Id(child)}";
        Assert.Equal(2, await TotalAsync(office, under + "&severity=Critical"));
        Assert.Equal(1, await TotalAsync(office, under + "&severity=Major"));
        Assert.Equal(1, await TotalAsync(office, under + "&severity=Minor&year=2026&state=Open"));
        Assert.Equal(0, await TotalAsync(office, under + "&severity=Minor&year=2025"));

        var page = await office.GetDocumentAsync(under + "&severity=Critical");
        var sheet = await office.SheetAsync(page.QuerySelector("[data-testid=export]")!.GetAttribute("href")!);
        Assert.Equal(["Đơn vị", "Ngày kiểm tra", "Mã tiêu chí", "Tồn tại", "Mức độ", "Tình trạng", "Biện pháp khắc phục"], sheet[0].Keys);
        Assert.Equal(["Tồn tại nghiêm trọng 1", "Tồn tại nghiêm trọng 2"], Column(sheet, "Tồn tại"));

        var head = await SignInAsync(DemoAccounts.UnitHead);
        Assert.Equal(["Tồn tại lớn", "Tồn tại nghiêm trọng 1", "Tồn tại nghiêm trọng 2", "Tồn tại nhỏ"], Column(await head.SheetAsync($"/Inspections/Findings?handler=Export&under={Id(child)}"), "Tồn tại"));
        var other = await SignInAsync(DemoAccounts.OtherUnitHead);
        Assert.Empty(Column(await other.SheetAsync($"/Inspections/Findings?handler=Export&under={Id(child)}"), "Tồn tại"));
    }
}

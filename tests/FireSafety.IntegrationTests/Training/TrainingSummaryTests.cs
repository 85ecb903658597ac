using System.Globalization;
using FireSafety.Core.Reporting;
using FireSafety.Core.Training;
using FireSafety.Core.Users;
using FireSafety.IntegrationTests.Equipment;
using FireSafety.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.IntegrationTests.Training;

/// <summary>
/// Sections II.1 and II.5 of the annual summary on constructed data (the demo rows removed first):
/// each figure equals the hand-counted value, and its link lists exactly that many records.
/// </summary>
public sealed class TrainingSummaryTests(FireSafetyFactory factory) : IClassFixture<FireSafetyFactory>
{
    private static readonly DateOnly D2025 = new(2025, 1, 1);

    private async Task<SummaryFigures> ArrangeAndCompileAsync()
    {
        await using var scope = factory.Database();
        var db = scope.Db;
        db.DisseminationActivities.RemoveRange(await db.DisseminationActivities.ToListAsync());
        db.TrainingRecords.RemoveRange(await db.TrainingRecords.ToListAsync());
        await db.SaveChangesAsync();
        var hctp = await EquipmentTestData.UnitIdAsync(db, "HCTP");
        var tgpl = await EquipmentTestData.UnitIdAsync(db, "TGPL");
        var vp = await EquipmentTestData.UnitIdAsync(db, "VP");
        var dgts = await EquipmentTestData.UnitIdAsync(db, "DGTS");

        await TrainingTestData.ActivityAsync(db, hctp, new DateOnly(2025, 1, 1), DisseminationForm.Meeting, "Quán triệt Kết luận số 02-KL/TW", 10);
        await TrainingTestData.ActivityAsync(db, hctp, new DateOnly(2025, 12, 31), DisseminationForm.Document, "Kế hoạch 443/KH-UBND", 5);
        await TrainingTestData.ActivityAsync(db, tgpl, new DateOnly(2025, 6, 15), DisseminationForm.Meeting, DisseminationActivity.DefaultTopic, 30);
        await TrainingTestData.ActivityAsync(db, tgpl, new DateOnly(2025, 7, 1), DisseminationForm.Training, "Kết luận 02-KL/TW và Luật PCCC và CNCH", 25);
        await TrainingTestData.ActivityAsync(db, tgpl, new DateOnly(2024, 12, 31), DisseminationForm.Meeting, DisseminationActivity.DefaultTopic, 100); // last year
        await TrainingTestData.ActivityAsync(db, vp, new DateOnly(2026, 1, 1), DisseminationForm.Intranet, DisseminationActivity.DefaultTopic, 50); // next year

        await TrainingTestData.RecordAsync(db, hctp, "A", new DateOnly(2025, 3, 1), "CN-A", new DateOnly(2030, 3, 1)); // trained, issued, valid
        await TrainingTestData.RecordAsync(db, hctp, "B", new DateOnly(2025, 5, 1), certificate: null); // trained only
        await TrainingTestData.RecordAsync(db, tgpl, "C", new DateOnly(2025, 12, 31), "CN-C", expiresOn: null); // trained, issued, valid (no expiry)
        await TrainingTestData.RecordAsync(db, tgpl, "D", new DateOnly(2020, 6, 1), "CN-D", new DateOnly(2025, 12, 31)); // valid through 31/12
        await TrainingTestData.RecordAsync(db, tgpl, "E", new DateOnly(2020, 1, 1), "CN-E", new DateOnly(2025, 12, 30)); // expired at year end
        await TrainingTestData.RecordAsync(db, vp, "F", new DateOnly(2026, 1, 5), "CN-F", new DateOnly(2031, 1, 5)); // next year
        await TrainingTestData.RecordAsync(db, vp, "G", new DateOnly(2019, 1, 1), "CN-G", new DateOnly(2024, 1, 1)); // expired
        await TrainingTestData.RecordAsync(db, dgts, "H", new DateOnly(2024, 12, 31), certificate: null); // last year, no certificate

        var units = await db.Units.Where(u => u.ParentId != null).OrderBy(u => u.SortOrder).Select(u => new SummaryUnit(u.Id, u.Name)).ToListAsync();
        var context = new SummaryContext(db, 2025, Core.Common.VietnamTime.EndOfDayUtc(new DateOnly(2025, 12, 31)), units);
        var results = new[] { await new DisseminationSection().ComputeAsync(context, CancellationToken.None), await new TrainingSection().ComputeAsync(context, CancellationToken.None) };
        var appendix = units.Select(u => new AppendixRow(u.Id, u.Name, results.SelectMany(r => r.PerUnit[u.Id]).ToDictionary(p => p.Key, p => p.Value))).ToList();
        return new SummaryFigures(2025, context.AsOfUtc, [.. results.Select(r => r.Section)], AppendixColumns.Of(results), appendix, []);
    }

    [Fact]
    public async Task EveryFigure_EqualsTheHandCount_AndItsLinkListsThatManyRecords()
    {
        var figures = await ArrangeAndCompileAsync();
        var expected = new (string Section, string Key, long Value)[]
        {
            (DisseminationSection.Key, "sessions", 4),
            (DisseminationSection.Key, "attendees", 70),
            (DisseminationSection.Key, "form-Meeting", 2),
            (DisseminationSection.Key, "form-Document", 1),
            (DisseminationSection.Key, "form-NoticeBoard", 0),
            (DisseminationSection.Key, "form-Intranet", 0),
            (DisseminationSection.Key, "form-Training", 1),
            (DisseminationSection.Key, "conclusion-02", 3),
            (TrainingSection.Key, "trained", 3),
            (TrainingSection.Key, "certificates", 2),
            (TrainingSection.Key, "valid", 3),
            (TrainingSection.Key, "expired", 2),
        };
        Assert.Equal(expected.Length, figures.Sections.Sum(s => s.Figures.Count));

        var office = new PageClient(factory.CreateAppClient());
        await office.SignInAsync(DemoAccounts.Office);
        foreach (var (section, key, value) in expected)
        {
            var figure = figures.Find(section, key);
            Assert.NotNull(figure);
            Assert.True(value == figure.Value, $"{section}/{key}: expected {value}, computed {figure.Value}");
            Assert.NotNull(figure.Link);
            var list = await office.GetDocumentAsync(figure.Link);
            var shown = key == "attendees" ? list.QuerySelector("[data-testid=attendees-total]") : list.QuerySelector("[data-testid=total]");
            Assert.True(shown is not null, $"{figure.Link}: no count shown");
            Assert.True(value.ToString(CultureInfo.InvariantCulture) == shown.TextContent.Trim(), $"{figure.Link} lists {shown.TextContent.Trim()}, the figure says {value}");
        }

        Assert.Equal("/Dissemination?year=2025&form=Meeting", figures.Find(DisseminationSection.Key, "form-Meeting")!.Link);
        Assert.Equal("/Training?on=2025-12-31&status=Valid&certified=true", figures.Find(TrainingSection.Key, "valid")!.Link);
    }

    [Fact]
    public async Task TheAppendix_HasEachUnitsSessionsAndPeopleTrained()
    {
        var figures = await ArrangeAndCompileAsync();
        await using var scope = factory.Database();
        var hctp = await EquipmentTestData.UnitIdAsync(scope.Db, "HCTP");
        var tgpl = await EquipmentTestData.UnitIdAsync(scope.Db, "TGPL");
        var vp = await EquipmentTestData.UnitIdAsync(scope.Db, "VP");

        string[] keys = ["dissemination-sessions", "trained"];
        Assert.Equal(keys, figures.Columns.Select(c => c.Key));
        var row = (int unit) => figures.Appendix.Single(r => r.UnitId == unit).Values;
        Assert.Equal([2L, 2L], keys.Select(k => row(hctp)[k]));
        Assert.Equal([2L, 1L], keys.Select(k => row(tgpl)[k]));
        Assert.Equal([0L, 0L], keys.Select(k => row(vp)[k]));
    }
}

using FireSafety.Core.Inspections;

namespace FireSafety.UnitTests.Inspections;

public sealed class TemplateVersioningTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Seed_HasTheSevenSectionsAndTwentySixItems_OfDomainBrief3()
    {
        var template = SeedChecklist.Create(Now);

        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], template.Sections.Select(s => s.Code));
        Assert.Equal(26, template.Items.Count());
        Assert.Equal(TemplateStatus.Published, template.Status);
        Assert.All(template.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.TextEn)));
        Assert.Contains(template.Items, i => i.Code == "D1" && i.Severity == Core.Actions.Severity.Critical);
    }

    [Fact]
    public void PublishedRevision_IsFrozen_ADraftCopyTakesTheChange()
    {
        var published = SeedChecklist.Create(Now);
        Assert.False(TemplateVersioning.CanEdit(published));

        var draft = TemplateVersioning.NewRevision(published, latestRevision: 1, Now.AddDays(1));
        draft.Sections[0].Items[0].Text = "Nội quy mới";

        Assert.True(TemplateVersioning.CanEdit(draft));
        Assert.Equal(2, draft.Revision);
        Assert.Equal(published.Code, draft.Code);
        Assert.Equal(published.Items.Select(i => i.Code), draft.Items.Select(i => i.Code));
        Assert.Equal("Nội quy PCCC đã ban hành và niêm yết", published.Sections[0].Items[0].Text);
        Assert.NotSame(published.Sections[0].Items[0], draft.Sections[0].Items[0]);
    }

    [Fact]
    public void NewRevision_NumbersAfterTheLatest_EvenFromAnOlderOne()
    {
        var old = SeedChecklist.Create(Now);

        Assert.Equal(6, TemplateVersioning.NewRevision(old, latestRevision: 5, Now).Revision);
    }

    [Fact]
    public void Publish_RetiresThePreviousRevision()
    {
        var published = SeedChecklist.Create(Now);
        var draft = TemplateVersioning.NewRevision(published, 1, Now);

        Assert.Null(TemplateVersioning.Publish(draft, [published, draft], Now.AddHours(1)));

        Assert.Equal(TemplateStatus.Retired, published.Status);
        Assert.Equal(TemplateStatus.Published, draft.Status);
        Assert.Equal(Now.AddHours(1), draft.PublishedAtUtc);
    }

    [Fact]
    public void Publish_RefusesAPublishedRevision_AndAnEmptyDraft()
    {
        var published = SeedChecklist.Create(Now);
        var empty = new ChecklistTemplate { Code = "X", Status = TemplateStatus.Draft };

        Assert.Equal(TemplateVersioning.OnlyDraftsPublish, TemplateVersioning.Publish(published, [], Now));
        Assert.Equal(TemplateVersioning.EmptyTemplate, TemplateVersioning.Publish(empty, [], Now));
        Assert.Equal(TemplateStatus.Draft, empty.Status);
    }

    [Theory]
    [InlineData("B", new[] { "B1", "B2", "B3" }, "B4")]
    [InlineData("B", new[] { "B1", "B3" }, "B4")] // B2 removed in a later revision, B3 kept: no reuse of a gap
    [InlineData("B", new[] { "B1", "B7", "A9", "BX" }, "B8")] // a removed B7 of an earlier revision is not reused
    [InlineData("G", new string[0], "G1")]
    [InlineData("A", new[] { "AB1", "A10", "A2" }, "A11")]
    public void NextItemCode_IsTheSectionsNextNumber_NeverUsedBefore(string section, string[] used, string expected) =>
        Assert.Equal(expected, TemplateVersioning.NextItemCode(section, used));

    [Fact]
    public void Move_SwapsWithTheNeighbour_AndRenumbers_RefusingTheEnds()
    {
        var section = new ChecklistSection
        {
            Items = [new() { Id = 1, Code = "A1", SortOrder = 1 }, new() { Id = 2, Code = "A2", SortOrder = 5 }, new() { Id = 3, Code = "A3", SortOrder = 9 }],
        };

        Assert.True(TemplateVersioning.Move(section, 3, -1));
        Assert.Equal(["A1", "A3", "A2"], section.Items.OrderBy(i => i.SortOrder).Select(i => i.Code));
        Assert.Equal([1, 2, 3], section.Items.OrderBy(i => i.SortOrder).Select(i => i.SortOrder));

        Assert.False(TemplateVersioning.Move(section, 1, -1));
        Assert.False(TemplateVersioning.Move(section, 2, +1));
        Assert.False(TemplateVersioning.Move(section, 42, +1));
        Assert.True(TemplateVersioning.Move(section, 1, +1));
        Assert.Equal(["A3", "A1", "A2"], section.Items.OrderBy(i => i.SortOrder).Select(i => i.Code));
    }
}

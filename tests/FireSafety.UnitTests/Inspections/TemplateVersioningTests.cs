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
}

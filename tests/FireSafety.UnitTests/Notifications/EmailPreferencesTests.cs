using FireSafety.Core.Notifications;

namespace FireSafety.UnitTests.Notifications;

public sealed class EmailPreferencesTests
{
    [Fact]
    public void NoChoiceStored_MeansEveryGroup_IncludingKindsAddedLater()
    {
        Assert.Equal(EmailPreferences.Groups.Select(g => g.Code).ToHashSet(), EmailPreferences.Wanted(null));
        Assert.True(EmailPreferences.Wants(null, (NotificationKind)999));
    }

    [Fact]
    public void TheStoredListIsTheGroupsTurnedOff_AndRoundTrips()
    {
        var stored = EmailPreferences.OptOutFor([EmailPreferences.Work, EmailPreferences.Incidents, "made-up"]);

        Assert.Equal("reminders,difficulties,actions,other", stored);
        Assert.Equal(new HashSet<string> { EmailPreferences.Work, EmailPreferences.Incidents }, EmailPreferences.Wanted(stored));
        Assert.Null(EmailPreferences.OptOutFor(EmailPreferences.Groups.Select(g => g.Code)));
        Assert.Empty(EmailPreferences.Wanted(EmailPreferences.OptOutFor([])));
    }

    [Theory]
    [InlineData(NotificationKind.Overdue, EmailPreferences.Reminders)]
    [InlineData(NotificationKind.DueSoon, EmailPreferences.Reminders)]
    [InlineData(NotificationKind.Returned, EmailPreferences.Work)]
    [InlineData(NotificationKind.DifficultyAnswered, EmailPreferences.Difficulties)]
    [InlineData(NotificationKind.ActionVerified, EmailPreferences.Actions)]
    [InlineData(NotificationKind.IncidentReported, EmailPreferences.Incidents)]
    public void EachKind_BelongsToItsGroup(NotificationKind kind, string group)
    {
        Assert.Equal(group, EmailPreferences.GroupOf(kind));
        Assert.False(EmailPreferences.Wants(group, kind));
        Assert.True(EmailPreferences.Wants(EmailPreferences.OptOutFor([group]), kind));
    }
}

using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Inspections;

namespace FireSafety.UnitTests.Inspections;

public sealed class InspectionRulesTests
{
    private static ItemAnswer Item(string code, Severity severity, AnswerResult? result, string? note = null) =>
        new(code.GetHashCode(StringComparison.Ordinal), code, "Tiêu chí " + code, severity, result, note);

    [Fact]
    public void Score_IsPassedOverApplicable_NotApplicableLeftOut()
    {
        var score = InspectionScore.Compute(
        [
            Item("A1", Severity.Major, AnswerResult.Pass),
            Item("A2", Severity.Major, AnswerResult.Pass),
            Item("A3", Severity.Minor, AnswerResult.Fail, "x"),
            Item("A4", Severity.Minor, AnswerResult.NotApplicable),
        ]);

        Assert.Equal((2, 1, 1, 0), (score.Passed, score.Failed, score.NotApplicable, score.Unanswered));
        Assert.Equal(3, score.Applicable);
        Assert.Equal(66, score.Percent);
        Assert.Equal("2/3 (66%)", InspectionScore.Format(score.Passed, score.Applicable));
    }

    [Fact]
    public void Score_WithNothingApplicable_HasNoPercent()
    {
        var score = InspectionScore.Compute([Item("A1", Severity.Major, AnswerResult.NotApplicable)]);

        Assert.Null(score.Percent);
        Assert.Equal("—", InspectionScore.Format(0, 0));
    }

    [Fact]
    public void Failures_ListCriticalFirst_ThenChecklistOrder()
    {
        var score = InspectionScore.Compute(
        [
            Item("A1", Severity.Minor, AnswerResult.Fail, "a"),
            Item("B1", Severity.Critical, AnswerResult.Fail, "b"),
            Item("C1", Severity.Major, AnswerResult.Fail, "c"),
            Item("D1", Severity.Critical, AnswerResult.Fail, "d"),
            Item("E1", Severity.Critical, AnswerResult.Pass),
        ]);

        Assert.Equal(["B1", "D1", "C1", "A1"], score.Failures.Select(f => f.Code));
        Assert.Equal(2, score.CriticalFailures);
    }

    [Fact]
    public void Submit_RefusesUnansweredAndFailWithoutNote_InChecklistOrder()
    {
        var errors = InspectionRules.CheckSubmit(
        [
            Item("A1", Severity.Major, AnswerResult.Pass),
            Item("A2", Severity.Major, null),
            Item("B1", Severity.Critical, AnswerResult.Fail, "  "),
            Item("B2", Severity.Major, AnswerResult.Fail, "Tủ điện mở."),
        ]);

        Assert.Equal([("A2", InspectionRules.Unanswered), ("B1", InspectionRules.FailWithoutNote)], errors);
        Assert.Equal("Tiêu chí A2 chưa được đánh giá.", string.Format(CultureInfo.InvariantCulture, errors[0].Message, errors[0].ItemCode));
    }

    [Fact]
    public void Submit_AllAnsweredAndExplained_IsAccepted() =>
        Assert.Empty(InspectionRules.CheckSubmit([Item("A1", Severity.Major, AnswerResult.Fail, "Chưa niêm yết."), Item("A2", Severity.Minor, AnswerResult.NotApplicable)]));

    [Fact]
    public void CarryOver_MatchesOpenFindingsToTheNewRevisionByCode()
    {
        var findings = new[]
        {
            new Finding { ItemCode = "E1", ItemText = "Bình chữa cháy", Note = "Thiếu bình tầng 2.", ActionId = 7 },
            new Finding { ItemCode = "Z9", ItemText = "Tiêu chí đã bỏ", Note = "x" },
            new Finding { ItemCode = "E3", ItemText = "Nhãn", Note = null },
        };
        var items = new[] { new ChecklistItem { Id = 101, Code = "E1" }, new ChecklistItem { Id = 103, Code = "E3" } };

        var plan = SelfInspections.CarryOverPlan(findings, items);

        Assert.Equal(2, plan.Count);
        Assert.Equal((101, SelfInspections.CarriedPrefix + "Thiếu bình tầng 2.", (int?)7), plan[0]);
        Assert.Equal((103, SelfInspections.CarriedPrefix + "Nhãn", (int?)null), plan[1]);
    }
}

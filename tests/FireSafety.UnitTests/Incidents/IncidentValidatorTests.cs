using FireSafety.Core.Common;
using FireSafety.Core.Incidents;
using Microsoft.Extensions.Time.Testing;

namespace FireSafety.UnitTests.Incidents;

public sealed class IncidentValidatorTests
{
    // 15/03/2026 10:00 in Vietnam.
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 15, 3, 0, 0, TimeSpan.Zero));
    private static readonly DateTime Now = new(2026, 3, 15, 10, 0, 0);

    private static IncidentRecordInput Valid() => new()
    {
        Type = IncidentType.Fire,
        Place = "Kho lưu trữ hồ sơ, tầng 1",
        Summary = "Chập điện ổ cắm, cháy một phần giá hồ sơ",
        OccurredAt = Now.AddHours(-3),
        DetectedAt = Now.AddHours(-3).AddMinutes(2),
        ReportedAt = Now.AddHours(-3).AddMinutes(5),
        ControlledAt = Now.AddHours(-3).AddMinutes(20),
        EndedAt = Now.AddHours(-2),
        Deaths = 0,
        Injured = 1,
        Rescued = 2,
        PropertyLostVnd = 15_000_000,
        PropertySavedVnd = 200_000_000,
    };

    private static Dictionary<string, string> Errors(IncidentRecordInput input) =>
        new IncidentRecordValidator(Time, new KeyLocalizer()).Validate(input).Errors
            .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    [Fact]
    public void CompleteRecord_InOrder_IsValid()
    {
        Assert.Empty(Errors(Valid()));
    }

    [Fact]
    public void OnlyTheQuickReportFields_IsValid()
    {
        var input = new IncidentRecordInput { Type = IncidentType.Accident, Place = "Cầu thang", Summary = "Ngã", OccurredAt = Now.AddDays(-1) };

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void DetectedBeforeOccurred_IsRefused_NextToDetected()
    {
        var input = Valid();
        input.DetectedAt = input.OccurredAt!.Value.AddMinutes(-1);

        var errors = Errors(input);

        Assert.Equal("Không được trước lúc xảy ra (15/03/2026 07:00).", errors[nameof(IncidentRecordInput.DetectedAt)]);
    }

    [Fact]
    public void EndedBeforeControlled_IsRefused_NextToEnded()
    {
        var input = Valid();
        input.EndedAt = input.ControlledAt!.Value.AddMinutes(-5);

        Assert.Equal("Không được trước lúc khống chế (15/03/2026 07:20).", Errors(input)[nameof(IncidentRecordInput.EndedAt)]);
    }

    [Fact]
    public void MissingIntermediateTimes_CompareWithTheNearestEarlierOne()
    {
        var input = Valid();
        input.DetectedAt = null;
        input.ControlledAt = null;
        input.ReportedAt = null;
        input.EndedAt = input.OccurredAt!.Value.AddMinutes(-1);

        Assert.Equal("Không được trước lúc xảy ra (15/03/2026 07:00).", Errors(input)[nameof(IncidentRecordInput.EndedAt)]);
    }

    [Fact]
    public void ReportAfterControl_IsAllowed_ButNotBeforeDetection()
    {
        var input = Valid();
        input.ReportedAt = input.ControlledAt!.Value.AddMinutes(30);
        Assert.Empty(Errors(input));

        input.ReportedAt = input.DetectedAt!.Value.AddMinutes(-1);
        Assert.Equal("Không được trước lúc phát hiện (15/03/2026 07:02).", Errors(input)[nameof(IncidentRecordInput.ReportedAt)]);
    }

    [Fact]
    public void FutureTimes_AreRefused_EachNextToItsField()
    {
        var input = Valid();
        input.EndedAt = Now.AddMinutes(1);
        input.OccurredAt = Now.AddDays(1);
        input.DetectedAt = input.ReportedAt = input.ControlledAt = null;

        var errors = Errors(input);

        Assert.Equal("Thời điểm không được ở tương lai.", errors[nameof(IncidentRecordInput.EndedAt)]);
        Assert.Equal("Thời điểm không được ở tương lai.", errors[nameof(IncidentRecordInput.OccurredAt)]);
    }

    [Fact]
    public void TheCurrentMinute_IsNotTheFuture()
    {
        var input = Valid();
        input.EndedAt = Now;

        Assert.Empty(Errors(input));
    }

    [Fact]
    public void AncientDate_IsRefused()
    {
        var input = Valid();
        input.OccurredAt = new DateTime(1999, 12, 31, 23, 0, 0);
        input.DetectedAt = input.ReportedAt = input.ControlledAt = input.EndedAt = null;

        Assert.Equal("Thời điểm không được trước năm 2000.", Errors(input)[nameof(IncidentRecordInput.OccurredAt)]);
    }

    [Theory]
    [InlineData(nameof(IncidentRecordInput.Deaths))]
    [InlineData(nameof(IncidentRecordInput.Injured))]
    [InlineData(nameof(IncidentRecordInput.Rescued))]
    public void NegativePeople_AreRefused(string field)
    {
        var input = Valid();
        typeof(IncidentRecordInput).GetProperty(field)!.SetValue(input, -1);

        Assert.Equal("Số người không được âm.", Errors(input)[field]);
    }

    [Fact]
    public void NegativeOrHugeProperty_IsRefused()
    {
        var input = Valid();
        input.PropertyLostVnd = -1;
        input.PropertySavedVnd = IncidentLimits.MaxVnd + 1;

        var errors = Errors(input);

        Assert.Equal("Giá trị tài sản không được âm.", errors[nameof(IncidentRecordInput.PropertyLostVnd)]);
        Assert.Equal("Giá trị tài sản quá lớn.", errors[nameof(IncidentRecordInput.PropertySavedVnd)]);
    }

    [Fact]
    public void OversizedTexts_AreRefused_WithTheLimit()
    {
        var input = Valid();
        input.Description = new string('x', IncidentLimits.Description + 1);
        input.Place = new string('x', IncidentLimits.Place + 1);
        input.OnSiteNotes = new string('x', IncidentLimits.OnSiteNotes);

        var errors = Errors(input);

        Assert.Equal($"Không được dài quá {IncidentLimits.Description} ký tự.", errors[nameof(IncidentRecordInput.Description)]);
        Assert.Equal($"Không được dài quá {IncidentLimits.Place} ký tự.", errors[nameof(IncidentRecordInput.Place)]);
        Assert.False(errors.ContainsKey(nameof(IncidentRecordInput.OnSiteNotes)));
    }

    [Fact]
    public void AreaWithoutFacility_IsRefused()
    {
        var input = Valid();
        input.AreaId = 3;

        Assert.Equal("Vui lòng chọn cơ sở của khu vực.", Errors(input)[nameof(IncidentRecordInput.AreaId)]);
    }

    [Fact]
    public void QuickReport_NeedsEveryField_AndNoFutureTime()
    {
        var validator = new QuickReportValidator(Time, new KeyLocalizer());

        var empty = validator.Validate(new QuickReportInput()).Errors.Select(e => e.PropertyName).Distinct().Order().ToList();
        var future = validator.Validate(new QuickReportInput
        {
            Type = IncidentType.Explosion,
            UnitId = 1,
            Place = "Phòng máy chủ",
            Summary = "Nổ bộ lưu điện",
            OccurredAt = Now.AddMinutes(2),
        }).Errors.Single();

        Assert.Equal(["OccurredAt", "Place", "Summary", "Type", "UnitId"], empty);
        Assert.Equal(("OccurredAt", "Thời điểm không được ở tương lai."), (future.PropertyName, future.ErrorMessage));
    }

    [Fact]
    public void QuickReport_UnknownType_IsRefused()
    {
        var validator = new QuickReportValidator(Time, new KeyLocalizer());

        var errors = validator.Validate(new QuickReportInput { Type = (IncidentType)42, UnitId = 1, Place = "x", Summary = "y", OccurredAt = Now });

        Assert.Equal("Type", Assert.Single(errors.Errors).PropertyName);
    }

    [Fact]
    public void Record_StoresUtc_AndZeroForEmptyCounts()
    {
        var input = new IncidentRecordInput { Type = IncidentType.Fire, Place = " Kho ", Summary = "Cháy", OccurredAt = new DateTime(2026, 3, 15, 7, 0, 0), Description = "  " };
        var incident = new Incident { Deaths = 5 };

        input.ApplyTo(incident, Time.GetUtcNow().UtcDateTime);

        Assert.Equal(new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc), incident.OccurredAtUtc);
        Assert.Equal((0, "Kho", null), (incident.Deaths, incident.Place, incident.Description));
        Assert.Equal(VietnamTime.AsUtc(Time.GetUtcNow().UtcDateTime), incident.RecordedAtUtc);
    }
}

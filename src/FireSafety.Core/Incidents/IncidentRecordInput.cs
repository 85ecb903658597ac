using FireSafety.Core.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace FireSafety.Core.Incidents;

/// <summary>
/// The full incident record, completed after the quick report. Times are Vietnam wall-clock
/// times as typed; counts and values may be left empty (zero). Only these fields bind: the unit,
/// the reporter and the timeline cannot be posted.
/// </summary>
public sealed class IncidentRecordInput
{
    public IncidentType? Type { get; set; }

    public string? Place { get; set; }

    public string? Summary { get; set; }

    public DateTime? OccurredAt { get; set; }

    public DateTime? DetectedAt { get; set; }

    public DateTime? ReportedAt { get; set; }

    public string? ReportedTo { get; set; }

    public DateTime? ControlledAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public int? FacilityId { get; set; }

    public int? AreaId { get; set; }

    public string? Description { get; set; }

    public int? CauseId { get; set; }

    public int? OriginAreaId { get; set; }

    public int? HeatSourceId { get; set; }

    public int? ItemFirstIgnitedId { get; set; }

    public int? Deaths { get; set; }

    public int? Injured { get; set; }

    public int? Rescued { get; set; }

    public long? PropertyLostVnd { get; set; }

    public long? PropertySavedVnd { get; set; }

    public string? ForcesMobilised { get; set; }

    public bool OnSiteCommand { get; set; }

    public bool OnSiteForces { get; set; }

    public bool OnSiteEquipment { get; set; }

    public bool OnSiteLogistics { get; set; }

    public string? OnSiteNotes { get; set; }

    public long Version { get; set; }

    /// <summary>Field labels (Vietnamese resource keys) for the concurrency-conflict table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [nameof(Incident.Type)] = "Loại sự việc",
        [nameof(Incident.Place)] = "Nơi xảy ra",
        [nameof(Incident.Summary)] = "Tóm tắt",
        [nameof(Incident.OccurredAtUtc)] = "Thời điểm xảy ra",
        [nameof(Incident.DetectedAtUtc)] = "Thời điểm phát hiện",
        [nameof(Incident.ReportedAtUtc)] = "Thời điểm báo cáo (114, cơ quan chức năng)",
        [nameof(Incident.ReportedTo)] = "Báo cáo cho",
        [nameof(Incident.ControlledAtUtc)] = "Thời điểm khống chế",
        [nameof(Incident.EndedAtUtc)] = "Thời điểm kết thúc",
        [nameof(Incident.Description)] = "Diễn biến",
        [nameof(Incident.Deaths)] = "Số người chết",
        [nameof(Incident.Injured)] = "Số người bị thương",
        [nameof(Incident.Rescued)] = "Số người được cứu",
        [nameof(Incident.PropertyLostVnd)] = "Thiệt hại về tài sản (đồng)",
        [nameof(Incident.PropertySavedVnd)] = "Tài sản cứu được (đồng)",
        [nameof(Incident.ForcesMobilised)] = "Lực lượng, phương tiện huy động",
        [nameof(Incident.OnSiteNotes)] = "Ghi chú \"4 tại chỗ\"",
    };

    public static IncidentRecordInput From(Incident i) => new()
    {
        Type = i.Type,
        Place = i.Place,
        Summary = i.Summary,
        OccurredAt = VietnamTime.ToLocal(i.OccurredAtUtc),
        DetectedAt = Local(i.DetectedAtUtc),
        ReportedAt = Local(i.ReportedAtUtc),
        ReportedTo = i.ReportedTo,
        ControlledAt = Local(i.ControlledAtUtc),
        EndedAt = Local(i.EndedAtUtc),
        FacilityId = i.FacilityId,
        AreaId = i.AreaId,
        Description = i.Description,
        CauseId = i.CauseId,
        OriginAreaId = i.OriginAreaId,
        HeatSourceId = i.HeatSourceId,
        ItemFirstIgnitedId = i.ItemFirstIgnitedId,
        Deaths = i.Deaths,
        Injured = i.Injured,
        Rescued = i.Rescued,
        PropertyLostVnd = i.PropertyLostVnd,
        PropertySavedVnd = i.PropertySavedVnd,
        ForcesMobilised = i.ForcesMobilised,
        OnSiteCommand = i.OnSiteCommand,
        OnSiteForces = i.OnSiteForces,
        OnSiteEquipment = i.OnSiteEquipment,
        OnSiteLogistics = i.OnSiteLogistics,
        OnSiteNotes = i.OnSiteNotes,
        Version = i.Version,
    };

    public void ApplyTo(Incident i, DateTime nowUtc)
    {
        i.Type = Type!.Value;
        i.Place = Place!.Trim();
        i.Summary = Summary!.Trim();
        i.OccurredAtUtc = VietnamTime.ToUtc(OccurredAt!.Value);
        i.DetectedAtUtc = Utc(DetectedAt);
        i.ReportedAtUtc = Utc(ReportedAt);
        i.ReportedTo = Clean(ReportedTo);
        i.ControlledAtUtc = Utc(ControlledAt);
        i.EndedAtUtc = Utc(EndedAt);
        i.FacilityId = FacilityId;
        i.AreaId = AreaId;
        i.Description = Clean(Description);
        i.CauseId = CauseId;
        i.OriginAreaId = OriginAreaId;
        i.HeatSourceId = HeatSourceId;
        i.ItemFirstIgnitedId = ItemFirstIgnitedId;
        i.Deaths = Deaths ?? 0;
        i.Injured = Injured ?? 0;
        i.Rescued = Rescued ?? 0;
        i.PropertyLostVnd = PropertyLostVnd ?? 0;
        i.PropertySavedVnd = PropertySavedVnd ?? 0;
        i.ForcesMobilised = Clean(ForcesMobilised);
        i.OnSiteCommand = OnSiteCommand;
        i.OnSiteForces = OnSiteForces;
        i.OnSiteEquipment = OnSiteEquipment;
        i.OnSiteLogistics = OnSiteLogistics;
        i.OnSiteNotes = Clean(OnSiteNotes);
        i.RecordedAtUtc = nowUtc;
    }

    /// <summary>The code ids the form refers to, with the list each must come from.</summary>
    public IEnumerable<(string Field, int Id, IncidentCodeKind Kind)> CodeReferences()
    {
        if (CauseId is { } cause)
        {
            yield return (nameof(CauseId), cause, IncidentCodeKind.Cause);
        }

        if (OriginAreaId is { } origin)
        {
            yield return (nameof(OriginAreaId), origin, IncidentCodeKind.OriginArea);
        }

        if (HeatSourceId is { } heat)
        {
            yield return (nameof(HeatSourceId), heat, IncidentCodeKind.HeatSource);
        }

        if (ItemFirstIgnitedId is { } item)
        {
            yield return (nameof(ItemFirstIgnitedId), item, IncidentCodeKind.ItemFirstIgnited);
        }
    }

    private static DateTime? Local(DateTime? utc) => utc is { } u ? VietnamTime.ToLocal(u) : null;

    private static DateTime? Utc(DateTime? local) => local is { } l ? VietnamTime.ToUtc(l) : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Rules of the full record: times in order and not in the future, counts and values non-negative, lengths.</summary>
public class IncidentRecordValidator : AbstractValidator<IncidentRecordInput>
{
    public IncidentRecordValidator(TimeProvider time, IStringLocalizer s)
    {
        RuleFor(x => x.Type).NotNull().WithMessage(_ => s["Vui lòng chọn loại sự việc."])
            .IsInEnum().WithMessage(_ => s["Vui lòng chọn loại sự việc."]);
        RuleFor(x => x.Place).NotEmpty().WithMessage(_ => s["Vui lòng nhập nơi xảy ra."]);
        RuleFor(x => x.Summary).NotEmpty().WithMessage(_ => s["Vui lòng mô tả ngắn sự việc."]);
        RuleFor(x => x.OccurredAt).NotNull().WithMessage(_ => s["Vui lòng nhập thời điểm xảy ra."]);

        Length(x => x.Place, IncidentLimits.Place, s);
        Length(x => x.Summary, IncidentLimits.Summary, s);
        Length(x => x.ReportedTo, IncidentLimits.ReportedTo, s);
        Length(x => x.Description, IncidentLimits.Description, s);
        Length(x => x.ForcesMobilised, IncidentLimits.ForcesMobilised, s);
        Length(x => x.OnSiteNotes, IncidentLimits.OnSiteNotes, s);

        People(x => x.Deaths, s);
        People(x => x.Injured, s);
        People(x => x.Rescued, s);
        Money(x => x.PropertyLostVnd, s);
        Money(x => x.PropertySavedVnd, s);

        Time(x => x.OccurredAt, time, s);
        Time(x => x.DetectedAt, time, s);
        Time(x => x.ReportedAt, time, s);
        Time(x => x.ControlledAt, time, s);
        Time(x => x.EndedAt, time, s);

        const string occurred = "lúc xảy ra", detected = "lúc phát hiện", controlled = "lúc khống chế";
        RuleFor(x => x.DetectedAt).Custom((v, c) => IncidentTimes.CheckAfter(v, s, m => c.AddFailure(m),
            (c.InstanceToValidate.OccurredAt, occurred)));
        RuleFor(x => x.ReportedAt).Custom((v, c) => IncidentTimes.CheckAfter(v, s, m => c.AddFailure(m),
            (c.InstanceToValidate.DetectedAt, detected), (c.InstanceToValidate.OccurredAt, occurred)));
        RuleFor(x => x.ControlledAt).Custom((v, c) => IncidentTimes.CheckAfter(v, s, m => c.AddFailure(m),
            (c.InstanceToValidate.DetectedAt, detected), (c.InstanceToValidate.OccurredAt, occurred)));
        RuleFor(x => x.EndedAt).Custom((v, c) => IncidentTimes.CheckAfter(v, s, m => c.AddFailure(m),
            (c.InstanceToValidate.ControlledAt, controlled), (c.InstanceToValidate.DetectedAt, detected), (c.InstanceToValidate.OccurredAt, occurred)));
        RuleFor(x => x.AreaId).Null().When(x => x.FacilityId is null).WithMessage(_ => s["Vui lòng chọn cơ sở của khu vực."]);
    }

    private void Length(System.Linq.Expressions.Expression<Func<IncidentRecordInput, string?>> field, int max, IStringLocalizer s) =>
        RuleFor(field).MaximumLength(max).WithMessage(_ => s["Không được dài quá {0} ký tự.", max]);

    private void People(System.Linq.Expressions.Expression<Func<IncidentRecordInput, int?>> field, IStringLocalizer s) =>
        RuleFor(field).Must(v => v is null or >= 0).WithMessage(_ => s["Số người không được âm."])
            .Must(v => v is null or <= IncidentLimits.MaxPeople).WithMessage(_ => s["Số người không được vượt quá {0}.", IncidentLimits.MaxPeople]);

    private void Money(System.Linq.Expressions.Expression<Func<IncidentRecordInput, long?>> field, IStringLocalizer s) =>
        RuleFor(field).Must(v => v is null or >= 0).WithMessage(_ => s["Giá trị tài sản không được âm."])
            .Must(v => v is null or <= IncidentLimits.MaxVnd).WithMessage(_ => s["Giá trị tài sản quá lớn."]);

    private void Time(System.Linq.Expressions.Expression<Func<IncidentRecordInput, DateTime?>> field, TimeProvider time, IStringLocalizer s) =>
        RuleFor(field).Custom((v, c) => IncidentTimes.Check(v, time, s, m => c.AddFailure(m)));
}

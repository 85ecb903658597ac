using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Documents;

namespace FireSafety.Core.Incidents;

/// <summary>What the incident report needs besides the incident: names the page looks up.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="UnitName">The reporting unit, e.g. "Phòng Hành chính tư pháp".</param>
/// <param name="UnitCode">Its code, used in the number ("…/BC-HCTP") and the archive line.</param>
/// <param name="ParentName">The governing body above the unit, e.g. "Sở Tư pháp tỉnh Hà Tĩnh"; also the addressee.</param>
/// <param name="HeadName">The unit head who signs; empty leaves the name for the signer.</param>
/// <param name="Place">Place in the date line, e.g. "Hà Tĩnh".</param>
/// <param name="Date">Date of the report (today, Vietnam time).</param>
public sealed record IncidentReportData(
    Incident Incident,
    string UnitName,
    string UnitCode,
    string ParentName,
    string? HeadName,
    string Place,
    DateOnly Date)
{
    public string? FacilityName { get; init; }

    public string? AreaName { get; init; }

    public string? Cause { get; init; }

    public string? OriginArea { get; init; }

    public string? HeatSource { get; init; }

    public string? ItemFirstIgnited { get; init; }

    /// <summary>The timeline, oldest first.</summary>
    public IReadOnlyList<IncidentTimelineEntry> Timeline { get; init; } = [];

    /// <summary>Follow-up actions as one line each ("Thay ổ cắm kho lưu trữ — Nguyễn Văn A — hạn 30/06/2026").</summary>
    public IReadOnlyList<string> FollowUps { get; init; } = [];
}

/// <summary>
/// The written incident report a unit sends upward after a fire, explosion, incident or accident,
/// as an <see cref="OfficialDocument"/> (Nghị định 30/2020 format; written by the shared writer).
/// It is a draft: the number and the signature are the office's to add in Word.
/// </summary>
public static class IncidentReport
{
    public static OfficialDocument Build(IncidentReportData data)
    {
        var i = data.Incident;
        var type = IncidentTypes.Name(i.Type).ToLowerInvariant();
        var occurred = VietnamTime.ToLocal(i.OccurredAtUtc);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"{data.UnitName} báo cáo vụ {type} xảy ra lúc {Time(i.OccurredAtUtc)} tại {i.Place} như sau:"),
            new Heading(1, "Thông tin chung"),
            new KeyValueLine("Loại sự việc", IncidentTypes.Name(i.Type)),
            new KeyValueLine("Đơn vị", data.UnitName),
            new KeyValueLine("Nơi xảy ra", string.Join(", ", new[] { i.Place, data.FacilityName, data.AreaName }.Where(p => !string.IsNullOrWhiteSpace(p)))),
            new KeyValueLine("Thời điểm xảy ra", Time(i.OccurredAtUtc)),
            new KeyValueLine("Thời điểm phát hiện", Time(i.DetectedAtUtc)),
            new KeyValueLine("Báo cáo 114, cơ quan chức năng", i.ReportedAtUtc is null ? Unknown : $"{Time(i.ReportedAtUtc)}{(string.IsNullOrWhiteSpace(i.ReportedTo) ? string.Empty : $", báo cho {i.ReportedTo}")}"),
            new KeyValueLine("Thời điểm khống chế", Time(i.ControlledAtUtc)),
            new KeyValueLine("Thời điểm kết thúc", Time(i.EndedAtUtc)),
            new Heading(1, "Diễn biến"),
            new ParagraphBlock(i.Summary),
        };
        if (!string.IsNullOrWhiteSpace(i.Description))
        {
            body.Add(new ParagraphBlock(i.Description));
        }

        body.AddRange(data.Timeline.Select(e => new BulletItem($"{Time(e.AtUtc)}: {e.Text}{(string.IsNullOrWhiteSpace(e.UserName) ? string.Empty : $" ({e.UserName})")}")));

        body.Add(new Heading(1, "Nguyên nhân"));
        body.Add(new KeyValueLine("Nhóm nguyên nhân", data.Cause ?? Unknown));
        body.Add(new KeyValueLine("Khu vực phát sinh", data.OriginArea ?? Unknown));
        body.Add(new KeyValueLine("Nguồn nhiệt", data.HeatSource ?? Unknown));
        body.Add(new KeyValueLine("Vật bắt cháy đầu tiên", data.ItemFirstIgnited ?? Unknown));

        body.Add(new Heading(1, "Thiệt hại"));
        body.Add(new TableBlock(
            ["STT", "Nội dung", "Số lượng"],
            [
                ["1", "Số người chết", Number(i.Deaths)],
                ["2", "Số người bị thương", Number(i.Injured)],
                ["3", "Số người được cứu", Number(i.Rescued)],
                ["4", "Thiệt hại về tài sản (đồng)", Number(i.PropertyLostVnd)],
                ["5", "Tài sản cứu được (đồng)", Number(i.PropertySavedVnd)],
            ])
        {
            ColumnWidths = [1, 6, 3],
            Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Right],
        });

        body.Add(new Heading(1, "Công tác chữa cháy, cứu nạn, cứu hộ"));
        body.Add(new KeyValueLine("Lực lượng, phương tiện huy động", string.IsNullOrWhiteSpace(i.ForcesMobilised) ? Unknown : i.ForcesMobilised));
        body.Add(new ParagraphBlock("Thực hiện phương châm \"4 tại chỗ\":"));
        foreach (var (used, label) in FourOnSite(i))
        {
            body.Add(new BulletItem($"{label}: {(used ? "có" : "không")}."));
        }

        if (!string.IsNullOrWhiteSpace(i.OnSiteNotes))
        {
            body.Add(new ParagraphBlock(i.OnSiteNotes));
        }

        body.Add(new Heading(1, "Biện pháp khắc phục"));
        if (data.FollowUps.Count == 0)
        {
            body.Add(new ParagraphBlock("Chưa có biện pháp khắc phục được giao."));
        }
        else
        {
            body.AddRange(data.FollowUps.Select(f => new BulletItem(f)));
        }

        return new OfficialDocument(
            new DocumentHeader(data.ParentName, data.UnitName, data.UnitCode, Number: null, data.Place, data.Date),
            DocumentKind.Report,
            $"Vụ {type} xảy ra ngày {occurred.ToString(VietnamTime.DateFormat, CultureInfo.InvariantCulture)} tại {i.Place}")
        {
            Addressees = [data.ParentName],
            Body = body,
            Signatures = [new SignatureBlock(null, null, "THỦ TRƯỞNG ĐƠN VỊ", data.HeadName ?? string.Empty)],
            Recipients = ["Như trên", "Văn phòng Sở (để theo dõi)"],
            Archive = $"VT, {data.UnitCode}",
        };
    }

    /// <summary>The file name offered for download (ASCII, no spaces).</summary>
    public static string FileName(Incident incident) =>
        $"bao-cao-su-viec-{incident.Id.ToString(CultureInfo.InvariantCulture)}-{VietnamTime.ToLocal(incident.OccurredAtUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.docx";

    private const string Unknown = "Chưa xác định";

    private static (bool Used, string Label)[] FourOnSite(Incident i) =>
    [
        (i.OnSiteCommand, "Chỉ huy tại chỗ"),
        (i.OnSiteForces, "Lực lượng tại chỗ"),
        (i.OnSiteEquipment, "Phương tiện tại chỗ"),
        (i.OnSiteLogistics, "Hậu cần tại chỗ"),
    ];

    private static string Time(DateTime? utc) =>
        utc is { } u ? VietnamTime.ToLocal(u).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture) : Unknown;

    // Vietnamese grouping with dots, whatever the server's culture.
    private static string Number(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}

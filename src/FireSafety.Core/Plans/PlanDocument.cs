using System.Globalization;
using FireSafety.Core.Documents;

namespace FireSafety.Core.Plans;

/// <summary>What the plan document says; the page loads it, <see cref="PlanDocument"/> lays it out.</summary>
public sealed record PlanDocumentData(
    string ParentBody,
    string UnitName,
    string UnitCode,
    string? UnitHeadName,
    string Place,
    string FacilityName,
    string FacilityAddress,
    ResponsePlan Plan,
    IReadOnlyList<Drill> Drills);

/// <summary>
/// The plan as an <see cref="OfficialDocument"/> of kind KH (kế hoạch), in the spirit of form PC06:
/// the facility, the four "tại chỗ" sections, the scenarios, the contacts and the drills, signed by
/// the unit's head and the approver. <see cref="OfficialDocx"/> writes it.
/// </summary>
public static class PlanDocument
{
    public const string Command = "Chỉ huy tại chỗ";
    public const string Forces = "Lực lượng tại chỗ";
    public const string Equipment = "Phương tiện tại chỗ";
    public const string Logistics = "Hậu cần tại chỗ";

    public static IReadOnlyList<string> SectionTitles { get; } = [Command, Forces, Equipment, Logistics];

    public static OfficialDocument Build(PlanDocumentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plan = data.Plan;
        var body = new List<DocumentBlock>
        {
            new KeyValueLine("Cơ sở", string.IsNullOrWhiteSpace(data.FacilityAddress) ? data.FacilityName : $"{data.FacilityName}, {data.FacilityAddress}"),
            new KeyValueLine("Phiên bản", string.Create(CultureInfo.InvariantCulture, $"{plan.Revision} ({StatusText(plan.Status)})")),
        };
        if (plan.NextReviewOn is { } review)
        {
            body.Add(new KeyValueLine("Ngày rà soát tiếp theo", Date(review)));
        }

        foreach (var (title, text) in new[] { (Command, plan.CommandSection), (Forces, plan.ForcesSection), (Equipment, plan.EquipmentSection), (Logistics, plan.LogisticsSection) })
        {
            body.Add(new Heading(1, title));
            body.AddRange(Paragraphs(text));
        }

        body.Add(new Heading(1, "Các tình huống cháy và biện pháp xử lý"));
        if (plan.Scenarios.Count == 0)
        {
            body.Add(new ParagraphBlock("Chưa xây dựng tình huống."));
        }
        else
        {
            body.Add(new TableBlock(
                ["TT", "Khu vực", "Thời điểm", "Tình huống", "Biện pháp xử lý"],
                [.. plan.Scenarios.OrderBy(s => s.SortOrder).Select((s, i) => (IReadOnlyList<string>)[N(i + 1), s.AreaName, HoursText(s.DuringWorkingHours), s.Description, s.Actions ?? string.Empty])])
            {
                ColumnWidths = [0.7, 2.2, 1.8, 4, 4],
                Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Left],
            });
        }

        body.Add(new Heading(1, "Danh sách liên lạc khi xảy ra cháy, nổ"));
        body.Add(new TableBlock(
            ["TT", "Nhiệm vụ", "Họ và tên", "Điện thoại"],
            [.. plan.Contacts.OrderBy(c => c.SortOrder).Select((c, i) => (IReadOnlyList<string>)[N(i + 1), c.Role, c.Name, c.Phone]),
                [N(plan.Contacts.Count + 1), "Cảnh sát PCCC và CNCH", "Báo cháy", "114"]])
        {
            ColumnWidths = [0.7, 4, 3.5, 2.3],
            Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Center],
        });

        body.Add(new Heading(1, "Thực tập phương án"));
        if (data.Drills.Count == 0)
        {
            body.Add(new ParagraphBlock("Chưa tổ chức thực tập phương án."));
        }
        else
        {
            body.Add(new TableBlock(
                ["TT", "Ngày", "Tình huống", "Số người", "Công an tham gia"],
                [.. data.Drills.OrderBy(d => d.HeldOn).Select((d, i) => (IReadOnlyList<string>)[N(i + 1), Date(d.HeldOn), d.Scenario, N(d.ParticipantCount), d.PoliceParticipated ? "Có" : "Không"])])
            {
                ColumnWidths = [0.7, 1.8, 5, 1.5, 2],
                Alignments = [ColumnAlignment.Center, ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Center],
            });
        }

        var (approverName, approverTitle) = SplitApprover(plan.ApprovedBy);
        return new OfficialDocument(
            new DocumentHeader(data.ParentBody.ToUpperInvariant(), data.UnitName.ToUpperInvariant(), data.UnitCode, null, data.Place, plan.ApprovedOn),
            DocumentKind.Plan,
            plan.Title)
        {
            Body = body,
            Signatures =
            [
                new SignatureBlock("NGƯỜI XÂY DỰNG PHƯƠNG ÁN", null, "THỦ TRƯỞNG ĐƠN VỊ", data.UnitHeadName ?? string.Empty),
                new SignatureBlock("NGƯỜI PHÊ DUYỆT", null, (approverTitle ?? "NGƯỜI PHÊ DUYỆT").ToUpperInvariant(), approverName ?? string.Empty),
            ],
            Recipients = ["Văn phòng Sở (để theo dõi)", "Công an tỉnh (để phối hợp)"],
            Archive = $"VT, {data.UnitCode}",
        };
    }

    public static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Đang soạn thảo",
        PlanStatus.Approved => "Đã phê duyệt",
        _ => "Đã thay thế",
    };

    public static string HoursText(bool duringWorkingHours) => duringWorkingHours ? "Trong giờ làm việc" : "Ngoài giờ làm việc";

    /// <summary>"Lê Minh Đức, Phó Giám đốc Sở" → name and title; a text without a comma is a name.</summary>
    public static (string? Name, string? Title) SplitApprover(string? approvedBy)
    {
        if (string.IsNullOrWhiteSpace(approvedBy))
        {
            return (null, null);
        }

        var comma = approvedBy.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? (approvedBy.Trim(), null) : (approvedBy[..comma].Trim(), approvedBy[(comma + 1)..].Trim());
    }

    /// <summary>One paragraph per line; a line starting with "-" or "+" is a bullet.</summary>
    private static IEnumerable<DocumentBlock> Paragraphs(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            yield return new ParagraphBlock("(Chưa có nội dung.)") { Italic = true };
            yield break;
        }

        foreach (var line in lines)
        {
            yield return line[0] is '-' or '+' ? new BulletItem(line[1..].Trim()) : new ParagraphBlock(line);
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using FireSafety.Core.Actions;
using FireSafety.Core.Documents;

namespace FireSafety.Core.Inspections;

/// <summary>What the minutes (biên bản tự kiểm tra, in the spirit of form PC02) say.</summary>
public sealed record MinutesData(
    string ParentBody,
    string UnitName,
    string UnitCode,
    string? UnitHeadName,
    string Place,
    string FacilityName,
    string FacilityAddress,
    string? AreaNames,
    IReadOnlyList<(string Name, string? Title)> Inspectors,
    DateOnly InspectedOn,
    DateTime StartedAtLocal,
    DateTime? SubmittedAtLocal,
    string TemplateName,
    int TemplateRevision,
    IReadOnlyList<(string Code, string Title, int Passed, int Failed, int NotApplicable)> Sections,
    IReadOnlyList<(string Code, string Text, Severity Severity, string? Note, DateOnly? DueOn)> Findings,
    int Passed,
    int Applicable,
    string? Recommendations);

/// <summary>
/// Builds the minutes as an <see cref="OfficialDocument"/> (Nghị định 30/2020 header), which the
/// shared writer turns into .docx and the print view into A4 HTML, so both say the same.
/// </summary>
public static class InspectionMinutes
{
    public const string Subject = "Tự kiểm tra an toàn phòng cháy, chữa cháy";

    public static OfficialDocument Build(MinutesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"Hồi {data.StartedAtLocal:HH} giờ {data.StartedAtLocal:mm} phút, ngày {data.InspectedOn:dd/MM/yyyy}, tại {data.FacilityName}{(string.IsNullOrWhiteSpace(data.FacilityAddress) ? string.Empty : ", " + data.FacilityAddress)}, {data.UnitName} tiến hành tự kiểm tra an toàn phòng cháy, chữa cháy.")),
            new Heading(1, "Thành phần kiểm tra"),
        };
        body.AddRange(data.Inspectors.Select(i => new BulletItem(i.Title is null ? i.Name : $"{i.Name} – {i.Title}")));
        body.Add(new Heading(1, "Nội dung và kết quả kiểm tra"));
        body.Add(new KeyValueLine("Địa điểm", string.IsNullOrWhiteSpace(data.FacilityAddress) ? data.FacilityName : $"{data.FacilityName}, {data.FacilityAddress}"));
        if (!string.IsNullOrWhiteSpace(data.AreaNames))
        {
            body.Add(new KeyValueLine("Khu vực kiểm tra", data.AreaNames));
        }

        body.Add(new KeyValueLine("Bộ tiêu chí", $"{data.TemplateName} (phiên bản {data.TemplateRevision.ToString(CultureInfo.InvariantCulture)})"));
        body.Add(new KeyValueLine("Kết quả chung", $"đạt {InspectionScore.Format(data.Passed, data.Applicable)} tiêu chí được áp dụng"));
        body.Add(new TableBlock(
            ["Nhóm tiêu chí", "Đạt", "Không đạt", "Không áp dụng"],
            [.. data.Sections.Select(s => (IReadOnlyList<string>)[$"{s.Code}. {s.Title}", N(s.Passed), N(s.Failed), N(s.NotApplicable)])])
        {
            ColumnWidths = [6, 1.5, 1.5, 1.5],
            Alignments = [ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Center, ColumnAlignment.Center],
            TotalsRow = ["Tổng cộng", N(data.Sections.Sum(s => s.Passed)), N(data.Sections.Sum(s => s.Failed)), N(data.Sections.Sum(s => s.NotApplicable))],
        });
        body.Add(new Heading(1, "Tồn tại, thiếu sót"));
        if (data.Findings.Count == 0)
        {
            body.Add(new ParagraphBlock("Không phát hiện tồn tại, thiếu sót."));
        }
        else
        {
            body.Add(new TableBlock(
                ["TT", "Tiêu chí", "Mức độ", "Tồn tại", "Hạn khắc phục"],
                [.. data.Findings.Select((f, i) => (IReadOnlyList<string>)[N(i + 1), $"{f.Code}. {f.Text}", SeverityText(f.Severity), f.Note ?? string.Empty, f.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty])])
            {
                ColumnWidths = [0.7, 4, 1.4, 4, 1.6],
                Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Center],
            });
        }

        body.Add(new Heading(1, "Kiến nghị, đề xuất"));
        body.Add(new ParagraphBlock(string.IsNullOrWhiteSpace(data.Recommendations) ? "Không có." : data.Recommendations.Trim()));
        var end = data.SubmittedAtLocal ?? data.StartedAtLocal;
        body.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"Việc kiểm tra kết thúc hồi {end:HH} giờ {end:mm} phút cùng ngày. Biên bản đã được đọc lại cho các thành viên cùng nghe và thống nhất ký tên.")));

        var lead = data.Inspectors.Count > 0 ? data.Inspectors[0] : (Name: string.Empty, Title: (string?)null);
        return new OfficialDocument(
            new DocumentHeader(data.ParentBody.ToUpperInvariant(), data.UnitName.ToUpperInvariant(), data.UnitCode, null, data.Place, data.InspectedOn),
            DocumentKind.Minutes,
            Subject)
        {
            Body = body,
            Signatures =
            [
                new SignatureBlock("ĐẠI DIỆN ĐOÀN KIỂM TRA", null, (lead.Title ?? "Người kiểm tra").ToUpperInvariant(), lead.Name),
                new SignatureBlock("ĐẠI DIỆN ĐƠN VỊ", null, "THỦ TRƯỞNG ĐƠN VỊ", data.UnitHeadName ?? string.Empty),
            ],
            Recipients = ["Văn phòng Sở (để theo dõi)"],
            Archive = $"VT, {data.UnitCode}",
        };
    }

    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Critical => "Nghiêm trọng",
        Severity.Major => "Quan trọng",
        _ => "Nhỏ",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

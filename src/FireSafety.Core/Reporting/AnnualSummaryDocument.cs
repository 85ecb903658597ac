using System.Globalization;
using System.Text.RegularExpressions;
using FireSafety.Core.Documents;

namespace FireSafety.Core.Reporting;

/// <summary>
/// The annual summary as an official report (Nghị định 30/2020): opening, I. situation, II. results
/// (one part per section of figures), III. assessment with the units' difficulties, IV. direction,
/// V. proposals, signature, recipients, and the per-unit appendix table. Written by the shared
/// <see cref="OfficialDocx"/> and <see cref="OfficialPdf"/>.
/// </summary>
public static partial class AnnualSummaryDocument
{
    public static OfficialDocument Build(AnnualSummary summary, SummaryFigures figures, ReportingOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var number = summary.SentNumber is { } sent && LeadingNumber().Match(sent) is { Success: true } m
            ? int.Parse(m.Value, CultureInfo.InvariantCulture)
            : (int?)null;
        var date = summary.SentOn ?? (summary.ApprovedAtUtc is { } approved ? Common.VietnamTime.ToLocalDate(approved) : null);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"Thực hiện {options.BasisLetter}, {options.IssuerName} báo cáo kết quả công tác phòng cháy, chữa cháy năm {summary.Year} như sau:"),
        };

        var sections = figures.Sections.ToList();
        var situation = sections.FirstOrDefault(s => s.Key == SituationSection.Key);
        body.Add(new Heading(1, "TÌNH HÌNH CHUNG"));
        if (situation is not null)
        {
            body.AddRange(situation.Figures.Select(f => new BulletItem($"{f.Label}: {Number(f.Value)}.")));
        }

        body.Add(new Heading(1, "KẾT QUẢ THỰC HIỆN"));
        foreach (var section in sections.Where(s => s != situation))
        {
            body.Add(new Heading(2, section.Title));
            body.AddRange(section.Figures.Select(f => new BulletItem($"{f.Label}: {Number(f.Value)}.")));
        }

        body.Add(new Heading(1, "ĐÁNH GIÁ CHUNG"));
        body.AddRange(Paragraphs(summary.Assessment));
        if (figures.Difficulties.Count > 0)
        {
            body.Add(new ParagraphBlock("Khó khăn, vướng mắc các đơn vị nêu trong năm:"));
            body.AddRange(figures.Difficulties.Select(d => new BulletItem($"{d.UnitName}: {d.Title}{(d.IsResolved ? " (đã giải quyết)" : string.Empty)}.")));
        }

        body.Add(new Heading(1, $"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {summary.Year + 1}"));
        body.AddRange(Paragraphs(summary.Direction));
        body.Add(new Heading(1, "ĐỀ XUẤT, KIẾN NGHỊ"));
        body.AddRange(Paragraphs(summary.Proposals));

        if (figures.Appendix.Count > 0)
        {
            body.Add(new PageBreak());
            body.Add(new ParagraphBlock($"PHỤ LỤC: KẾT QUẢ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY NĂM {summary.Year} THEO ĐƠN VỊ"));
            var columns = figures.Columns;
            var rows = figures.Appendix.Select((r, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(CultureInfo.InvariantCulture), r.UnitName, .. columns.Select(c => Number(r.Values.GetValueOrDefault(c.Key)))]).ToList();
            IReadOnlyList<string> totals = ["", "Tổng cộng", .. columns.Select(c => Number(figures.Appendix.Sum(r => r.Values.GetValueOrDefault(c.Key))))];
            body.Add(new TableBlock(["STT", "Đơn vị", .. columns.Select(c => c.Title)], rows)
            {
                ColumnWidths = [1, 5, .. columns.Select(_ => 2)],
                Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, .. columns.Select(_ => ColumnAlignment.Center)],
                TotalsRow = totals,
            });
        }

        return new OfficialDocument(
            new DocumentHeader(options.ParentBody, options.IssuingBody, options.IssuerCode, number, options.Place, date),
            DocumentKind.Report,
            $"Kết quả công tác phòng cháy, chữa cháy năm {summary.Year}")
        {
            Addressees = [options.Recipient],
            Body = body,
            Signatures = [new SignatureBlock(null, options.SignerAuthority, options.SignerTitle, options.SignerName)],
            Recipients = ["Như trên", "Giám đốc Sở (để b/c)", "Các phòng, trung tâm thuộc Sở"],
        };
    }

    private static IEnumerable<DocumentBlock> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? [new ParagraphBlock("…")]
            : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new ParagraphBlock(p));

    /// <summary>Vietnamese thousands separators: 1.234.</summary>
    private static string Number(long value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}

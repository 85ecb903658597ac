using System.Globalization;
using FireSafety.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Reporting;

/// <summary>
/// II.1 — leadership and dissemination: sessions held in the year, their attendees, the sessions by
/// form and those on Conclusion 02-KL/TW; one appendix column per unit (sessions), the appendix
/// being one A4 table shared by every section.
/// </summary>
public sealed class DisseminationSection : ISummarySection
{
    public const string Key = "dissemination";

    public int Order => 20;

    public async Task<SectionResult> ComputeAsync(SummaryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await context.Db.DisseminationActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.HeldOn >= context.From && a.HeldOn <= context.To)
            .GroupBy(a => new { a.UnitId, a.Form, OnConclusion02 = a.Topic.Contains(DisseminationActivity.Conclusion02) })
            .Select(g => new { g.Key.UnitId, g.Key.Form, g.Key.OnConclusion02, Sessions = g.Count(), Attendees = g.Sum(a => (long)a.Attendees) })
            .ToListAsync(cancellationToken);

        var year = context.Year.ToString(CultureInfo.InvariantCulture);
        var list = $"/Dissemination?year={year}";
        var figures = new List<SummaryFigure>
        {
            new("sessions", "Số lượt tuyên truyền, phổ biến đã tổ chức", rows.Sum(r => r.Sessions), list),
            new("attendees", "Số lượt người tham dự", rows.Sum(r => r.Attendees), list),
        };
        foreach (var form in Enum.GetValues<DisseminationForm>())
        {
            figures.Add(new($"form-{form}", "Hình thức: " + FormLabel(form), rows.Where(r => r.Form == form).Sum(r => r.Sessions), $"{list}&form={form}"));
        }

        figures.Add(new("conclusion-02", "Số lượt tuyên truyền Kết luận số 02-KL/TW", rows.Where(r => r.OnConclusion02).Sum(r => r.Sessions), $"{list}&topic={DisseminationActivity.Conclusion02}"));

        var byUnit = rows.ToLookup(r => r.UnitId);
        var perUnit = context.Units.ToDictionary(
            u => u.Id,
            u => (IReadOnlyDictionary<string, long>)new Dictionary<string, long>
            {
                ["dissemination-sessions"] = byUnit[u.Id].Sum(r => r.Sessions),
            });
        return new SectionResult(
            new SummarySection(Key, "Công tác lãnh đạo, chỉ đạo và tuyên truyền, phổ biến", figures),
            [new("dissemination-sessions", "Lượt tuyên truyền")],
            perUnit);
    }

    /// <summary>The form's Vietnamese name, as the summary prints it.</summary>
    public static string FormLabel(DisseminationForm form) => form switch
    {
        DisseminationForm.Meeting => "Hội nghị, cuộc họp",
        DisseminationForm.Document => "Sao gửi văn bản",
        DisseminationForm.NoticeBoard => "Bảng tin, niêm yết",
        DisseminationForm.Intranet => "Thư điện tử, mạng nội bộ",
        DisseminationForm.Training => "Lớp tập huấn",
        _ => form.ToString(),
    };
}

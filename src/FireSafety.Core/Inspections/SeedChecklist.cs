using FireSafety.Core.Actions;
using FireSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FireSafety.Core.Inspections;

/// <summary>
/// The self-inspection checklist of domain brief §3 (wording ours, severity a proposal), seeded at
/// start-up in every environment when no checklist with its code exists — production included,
/// since an office needs a checklist on day one. Legal bases name the instrument, not an article
/// (article numbers are to be verified before they are quoted).
/// </summary>
public static class SeedChecklist
{
    public const string Code = "PCCC-TKT";
    public const string Name = "Bộ tiêu chí tự kiểm tra an toàn PCCC";

    private const string Law = "Luật PCCC và CNCH 55/2024/QH15";
    private const string Decree = "Nghị định 105/2025/NĐ-CP";
    private const string Equipment = "QCVN 10:2025/BCA";
    private const string Extinguishers = "TCVN 7435-2 (ISO 11602-2)";
    private const string Conclusion = "Kết luận 02-KL/TW";

    private static readonly (string Code, string Title, string TitleEn, (string Code, string Text, string TextEn, string Basis, Severity Severity)[] Items)[] Sections =
    [
        ("A", "Hồ sơ và tổ chức", "Records and organisation",
        [
            ("A1", "Nội quy PCCC đã ban hành và niêm yết", "Fire-safety rules issued and posted", Decree, Severity.Major),
            ("A2", "Có quyết định thành lập đội PCCC cơ sở", "Decision forming the base fire team", Decree, Severity.Major),
            ("A3", "Phương án chữa cháy, CNCH (PC06) được phê duyệt và còn phù hợp", "Fire-fighting and rescue plan (PC06) approved and current", Decree, Severity.Major),
            ("A4", "Hồ sơ PCCC đầy đủ, cơ sở dữ liệu quốc gia về PCCC được cập nhật", "Fire-safety records complete, national database updated", Decree, Severity.Minor),
            ("A5", "Tồn tại, thiếu sót lần kiểm tra trước đã được khắc phục", "Deficiencies of the previous inspection remedied", Decree, Severity.Major),
        ]),
        ("B", "Hệ thống điện", "Electrical",
        [
            ("B1", "Không có dây dẫn, ổ cắm, thiết bị điện hư hỏng, quá tải hoặc đấu nối tạm bợ", "No damaged, overloaded or makeshift wiring, sockets or devices", Law, Severity.Critical),
            ("B2", "Tủ điện đóng kín, aptomat đúng định mức, không để chất cháy gần", "Panels closed, right breakers, nothing combustible near", Equipment, Severity.Major),
            ("B3", "Ngắt điện sau giờ làm việc", "Power off after working hours", Law, Severity.Major),
            ("B4", "Sạc xe điện, pin chỉ tại nơi an toàn được bố trí", "E-bike and battery charging only at the designated safe place", Law, Severity.Critical),
        ]),
        ("C", "Nguồn lửa, nguồn nhiệt và chất cháy", "Ignition and combustibles",
        [
            ("C1", "Không hút thuốc, đun nấu, đốt giấy ngoài nơi cho phép", "No smoking, cooking or paper burning outside allowed places", Law, Severity.Major),
            ("C2", "Kho lưu trữ gọn gàng, xa nguồn nhiệt", "Archives tidy and away from heat", Law, Severity.Major),
            ("C3", "Không để xăng, gas, hóa chất dễ cháy trong phòng làm việc", "No petrol, gas or flammable chemicals in offices", Law, Severity.Critical),
        ]),
        ("D", "Thoát nạn", "Escape",
        [
            ("D1", "Lối thoát nạn, cầu thang thông thoáng, không khóa", "Escape routes and stairs clear and unlocked", Law, Severity.Critical),
            ("D2", "Đèn sự cố, đèn chỉ dẫn thoát nạn hoạt động", "Emergency and exit lights work", Equipment, Severity.Major),
            ("D3", "Niêm yết sơ đồ thoát nạn, biển cấm, tiêu lệnh chữa cháy", "Evacuation diagram, prohibition signs and fire orders posted", Decree, Severity.Minor),
        ]),
        ("E", "Phương tiện PCCC", "Equipment",
        [
            ("E1", "Bình chữa cháy đủ số lượng, đúng chủng loại, đúng vị trí, dễ thấy, dễ lấy", "Extinguishers of the right number, type and place, visible and reachable", Equipment, Severity.Critical),
            ("E2", "Kim đồng hồ ở vùng xanh, chốt và niêm phong còn nguyên, không móp, gỉ, rò rỉ, tắc vòi", "Gauge in green, pin and seal intact, no dent, rust, leak or blocked nozzle", Extinguishers, Severity.Critical),
            ("E3", "Nhãn rõ, quay ra ngoài, phiếu kiểm tra còn hiệu lực", "Label legible and facing out, check tag current", Extinguishers, Severity.Minor),
            ("E4", "Tủ báo cháy không lỗi, đầu báo và nút ấn hoạt động", "Alarm panel without faults, detectors and call points work", Equipment, Severity.Critical),
            ("E5", "Cuộn vòi đầy đủ, không bị che chắn, nguồn nước đủ", "Hose reels complete and unobstructed, water supply sufficient", Equipment, Severity.Major),
            ("E6", "Có nguồn điện chính và dự phòng cho hệ thống PCCC", "Mains and backup power for fire systems", Equipment, Severity.Major),
            ("E7", "Có dụng cụ cứu nạn (đèn pin, búa, mặt nạ phòng độc)", "Rescue tools (torch, hammer, smoke hood)", Equipment, Severity.Minor),
        ]),
        ("F", "Giao thông chữa cháy", "Access",
        [
            ("F1", "Đường và bãi đỗ cho xe chữa cháy thông thoáng", "Fire-engine access road and standing area clear", Law, Severity.Critical),
        ]),
        ("G", "Con người", "People",
        [
            ("G1", "Cán bộ được phổ biến Kết luận 02-KL/TW và biết sử dụng bình chữa cháy", "Staff briefed on KL 02 and able to use an extinguisher", Conclusion, Severity.Minor),
            ("G2", "Thành viên đội PCCC cơ sở được huấn luyện", "Fire-team members trained", Decree, Severity.Major),
            ("G3", "Phương án đã được thực tập trong năm", "The plan drilled this year", Decree, Severity.Major),
        ]),
    ];

    /// <summary>A new, published first revision of the seed checklist.</summary>
    public static ChecklistTemplate Create(DateTime nowUtc) => new()
    {
        Code = Code,
        Name = Name,
        Revision = 1,
        Status = TemplateStatus.Published,
        CreatedAtUtc = nowUtc,
        PublishedAtUtc = nowUtc,
        Sections = [.. Sections.Select((s, si) => new ChecklistSection
        {
            Code = s.Code,
            Title = s.Title,
            TitleEn = s.TitleEn,
            SortOrder = si + 1,
            Items = [.. s.Items.Select((i, ii) => new ChecklistItem
            {
                Code = i.Code,
                Text = i.Text,
                TextEn = i.TextEn,
                LegalBasis = i.Basis,
                Severity = i.Severity,
                SortOrder = ii + 1,
            })],
        })],
    };

    /// <summary>Seeds the checklist when no revision of it exists; true when it did.</summary>
    public static async Task<bool> EnsureAsync(FireSafetyDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.ChecklistTemplates.AnyAsync(t => t.Code == Code, cancellationToken))
        {
            return false;
        }

        db.ChecklistTemplates.Add(Create(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using System.Text.RegularExpressions;

namespace FireSafety.Core.Directives;

/// <summary>
/// The regular expressions of the directive parser, source-generated and bounded: every
/// repetition has a limit and every match a timeout, so no input can make one run away.
/// </summary>
internal static partial class DirectivePatterns
{
    private const int Timeout = 2000;
    private const RegexOptions Invariant = RegexOptions.CultureInvariant;
    private const RegexOptions Insensitive = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>A number and symbol: 757/STP-VP, 02-KL/TW, 55/2024/QH15, 105/2025/NĐ-CP, 12/CĐ-TTg.</summary>
    public const string Symbol = @"\d{1,5}[a-z]?(?:[-–][A-ZĐ]{1,6}\d{0,2})?/(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9]{0,11}(?:[-–/.][A-ZĐ0-9][A-Za-zĐđ0-9]{0,11}){0,4}";

    private const string Date = @"(?:(?<d>\d{1,2})\s{0,3}[/.-]\s{0,3}(?<m>\d{1,2})\s{0,3}[/.-]\s{0,3}(?<y>\d{4})|(?<d>\d{1,2})\s{1,3}tháng\s{1,3}(?<m>\d{1,2})\s{1,3}năm\s{1,3}(?<y>\d{4}))";

    // ---- lines ----

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~""'])", Invariant, Timeout)]
    public static partial Regex MarkdownEscape();

    [GeneratedRegex(@"^\s{0,3}(?:#{1,6}|>{1,3})\s+", Invariant, Timeout)]
    public static partial Regex MarkdownLinePrefix();

    [GeneratedRegex(@"^[\s|:=_*+-]{0,400}$", Invariant, Timeout)]
    public static partial Regex RuleOrTableBorder();

    [GeneratedRegex(@"\t|\s{2,}", Invariant, Timeout)]
    public static partial Regex ColumnGap();

    [GeneratedRegex(@"\s+", Invariant, Timeout)]
    public static partial Regex Whitespace();

    // ---- header ----

    [GeneratedRegex(@"^S[ốỐ]\s{0,3}[:.]?\s{0,3}(?<n>" + Symbol + ")", Invariant, Timeout)]
    public static partial Regex NumberLine();

    [GeneratedRegex(@"(?:^|\s)S[ốỐ]\s{0,3}:\s{0,3}(?<n>" + Symbol + ")", Invariant, Timeout)]
    public static partial Regex NumberInline();

    [GeneratedRegex(@"^(?:(?<place>[^,\d]{1,60}?)\s{0,3},\s{0,3})?ngày\s{1,3}" + Date + @"\s{0,3}[.]?$", Insensitive, Timeout)]
    public static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(?:V/v|Về việc)\b", Insensitive, Timeout)]
    public static partial Regex SubjectStart();

    [GeneratedRegex(@"^(?:KẾ HOẠCH|CÔNG VĂN|CHỈ THỊ|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|CÔNG ĐIỆN|HƯỚNG DẪN|NGHỊ QUYẾT|CHƯƠNG TRÌNH)$", Invariant, Timeout)]
    public static partial Regex DocumentTypeTitle();

    [GeneratedRegex(@"^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP)", Invariant, Timeout)]
    public static partial Regex NationalHeader();

    [GeneratedRegex(@"^Kính\s{1,3}gửi\s{0,3}:?\s{0,3}(?<rest>.*)$", Insensitive, Timeout)]
    public static partial Regex Addressed();

    // ---- tail ----

    [GeneratedRegex(@"^Nơi\s{1,3}nhận\s{0,3}:?\s{0,3}(?<rest>.*)$", Insensitive, Timeout)]
    public static partial Regex DistributionStart();

    [GeneratedRegex(@"^(?<p>KT|TL|TM|TUQ|Q|TL)\s{0,2}\.\s{0,3}(?<rest>\p{Lu}[\p{Lu}\s.,\-–]{0,80})$", Invariant, Timeout)]
    public static partial Regex Authority();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s,\-–]{1,80}$", Invariant, Timeout)]
    public static partial Regex UpperCaseLine();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{0,10}(?:\s\p{Lu}\p{Ll}{0,10}){1,6}$|^\p{Lu}{1,10}(?:\s\p{Lu}{1,10}){1,6}$", Invariant, Timeout)]
    public static partial Regex PersonName();

    // ---- body ----

    [GeneratedRegex(@"^(?<m>X{0,3}(?:IX|IV|V?I{0,3}))\s{0,2}[.)]\s{0,3}(?<t>\S.*)?$", Invariant, Timeout)]
    public static partial Regex RomanItem();

    [GeneratedRegex(@"^(?<m>\d{1,2}(?:\.\d{1,2}){1,3})\.?\)?\s{1,3}(?<t>\S.*)?$", Invariant, Timeout)]
    public static partial Regex DecimalItem();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s{0,2}[.)/]\s{0,3}(?<t>\D.*)?$", Invariant, Timeout)]
    public static partial Regex ArabicItem();

    [GeneratedRegex(@"^(?<m>[a-zđ])\s{0,2}[).]\s{1,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex LetterItem();

    [GeneratedRegex(@"^(?<m>[A-ZĐ])[.)]\s{1,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex UpperLetterItem();

    [GeneratedRegex(@"^\((?<m>\d{1,2}|[a-zđ])\)\s{0,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex ParenItem();

    [GeneratedRegex(@"^[-–—‒−]\s{0,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex DashItem();

    [GeneratedRegex(@"^\+\s{0,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex PlusItem();

    [GeneratedRegex(@"^[•●▪◦·∙■□➢►✓*]\s{0,3}(?<t>\S.*)$", Invariant, Timeout)]
    public static partial Regex DotItem();

    [GeneratedRegex(@"^(?:Đề nghị|Yêu cầu|Trên đây|Trong quá trình|Quá trình|Nhận được|Giao\s.{1,60}\stheo dõi|.{0,80}\byêu cầu\b.{0,80}\bnghiêm túc)", Insensitive, Timeout)]
    public static partial Regex Closing();

    [GeneratedRegex(@"^Đối\s{1,3}với\s{1,3}(?<who>\S.*)$", Insensitive, Timeout)]
    public static partial Regex ForAudience();

    [GeneratedRegex(@"^(?:Giao\s{1,3})?(?<lead>\S.{0,100}?)\s{1,3}(?:chủ trì|làm đầu mối|là cơ quan thường trực)\b", Insensitive, Timeout)]
    public static partial Regex LeadsAt();

    [GeneratedRegex(@"\bphối hợp(?: chặt chẽ)? với\s{1,3}(?<co>\S.*)$", Insensitive, Timeout)]
    public static partial Regex Coordinates();

    /// <summary>Where a "phối hợp với" list ends: punctuation or a lower-case verb (names are capitalised).</summary>
    [GeneratedRegex(@"[;:()“”""]|\.(?:\s|$)|,\s(?:đồng thời|kịp thời|trước ngày|chậm nhất|bảo đảm|đảm bảo)\b|\s(?:để|nhằm|trong|tại|theo|xây dựng|tổ chức|triển khai|thực hiện|tham mưu|kiểm tra|rà soát|tuyên truyền|hướng dẫn|theo dõi|đôn đốc|báo cáo|tổng hợp|hoàn thành|tiến hành|lập|ban hành|đề xuất|chỉ đạo|cập nhật|bố trí|duy trì|phổ biến|xử lý|khảo sát|đánh giá|thống kê|trang bị|bảo đảm|đảm bảo|củng cố|kiện toàn|giải quyết|khắc phục|phát động|vận động|quản lý|sơ kết|tổng kết|thẩm định|cho|về|trước|chậm nhất|hằng|hàng|định kỳ|thường xuyên|đẩy mạnh|tăng cường|nâng cao|huy động|tập trung|sử dụng|phát hiện|chuẩn bị|lồng ghép|cử|gửi|bổ sung|hoàn thiện|ngắt|vận hành)\b", Invariant, Timeout)]
    public static partial Regex CoordinationEnd();

    /// <summary>The start of another named unit in a list: "…, Sở Xây dựng", "… và Công an tỉnh".</summary>
    [GeneratedRegex(@"(?:,|\svà)\s(?=(?:Sở|Công an|Ủy ban|Uỷ ban|UBND|Văn phòng|Thanh tra|Đài|Báo|Ban|Bộ|Cục|Chi cục|Tỉnh đoàn|Hội|Liên đoàn|Mặt trận|Kho bạc|Ngân hàng|Bảo hiểm|Điện lực|Trường|Bệnh viện|Trung tâm|Phòng|Bộ Chỉ huy|Cảnh sát|Công ty|các|Các)\s)", Invariant, Timeout)]
    public static partial Regex UnitSeparator();

    [GeneratedRegex(@"^(?:Giao\s)?(?:Sở|Công an|Ủy ban|Uỷ ban|UBND|Văn phòng|Thanh tra|Đài|Báo|Ban|Bộ|Cục|Chi cục|Tỉnh đoàn|Hội|Liên đoàn|Mặt trận|Kho bạc|Ngân hàng|Bảo hiểm|Điện lực|Trường|Bệnh viện|Trung tâm|Phòng|Cảnh sát|Công ty|Thủ trưởng|Trưởng|Giám đốc|Chủ tịch|Người đứng đầu|Lãnh đạo|(?:các|Các|tất cả|Tất cả|mỗi|Mỗi)\s(?:cơ quan|đơn vị|sở|Sở|phòng|Phòng|trung tâm|Trung tâm|ban|địa phương|huyện|xã|doanh nghiệp|cơ sở))\b", Invariant, Timeout)]
    public static partial Regex UnitStart();

    [GeneratedRegex(@"(?:^|\s)(?:các|tất cả(?: các)?|toàn thể(?: các)?|mọi|từng|mỗi)\s(?:phòng|trung tâm|đơn vị|cơ quan|sở|ban|ngành|địa phương|huyện|xã|phường|doanh nghiệp|cơ sở|trường|chi cục)\b", Insensitive, Timeout)]
    public static partial Regex AllUnits();

    [GeneratedRegex(@"(?:đề nghị|yêu cầu|giao)\s{1,3}(?<who>\S.{0,120}?)\s{1,3}(?:thực hiện|triển khai|quan tâm|chỉ đạo|tổ chức|khẩn trương|nghiêm túc|tập trung|rà soát)\b", Insensitive, Timeout)]
    public static partial Regex IntroAudience();

    // ---- references ----

    [GeneratedRegex(@"(?<![\p{L}\d/])(?<n>" + Symbol + ")", Invariant, Timeout)]
    public static partial Regex Reference();

    [GeneratedRegex(@"(?:Kế hoạch|Kết luận|Chỉ thị|Nghị định|Nghị quyết|Luật|Pháp lệnh|Quyết định|Công văn|Văn bản|Thông tư liên tịch|Thông tư|Thông báo|Hướng dẫn|Công điện|Báo cáo|Chương trình|Đề án)", Insensitive, Timeout)]
    public static partial Regex DocumentKind();

    [GeneratedRegex(@"\G\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?ngày\s{1,3}" + Date, Insensitive, Timeout)]
    public static partial Regex DateAfterReference();

    [GeneratedRegex(@"\G\s{0,3},?\s{0,3}(?:của|do)\s{1,3}(?<who>[^\s,;:.()].{0,100})", Insensitive, Timeout)]
    public static partial Regex IssuerAfterReference();

    [GeneratedRegex(@"[,;:()“”""\n]|\.(?:\s|$)|\s(?:về|quy định|hướng dẫn|ban hành|sửa đổi|triển khai|thực hiện|tiếp tục|đối với|tại|trong|ngày|số|năm|nhằm|để|theo|và|đã|đề nghị|yêu cầu|giao)\b", Invariant, Timeout)]
    public static partial Regex IssuerEnd();

    // ---- task rules ----

    [GeneratedRegex(@"(?:trước|chậm nhất(?: là)?(?: trước)?|hạn chót|không muộn hơn|không quá|hoàn thành trong)\s{1,3}(?:(?:ngày|hạn)\s{1,3})?" + Date, Insensitive, Timeout)]
    public static partial Regex DueDate();

    [GeneratedRegex(@"(?<y>h[ằà]ng năm|mỗi năm)|(?<q>h[ằà]ng qu[ýí]|mỗi quý|định kỳ quý)|(?<m>h[ằà]ng tháng|mỗi tháng)", Insensitive, Timeout)]
    public static partial Regex RecurrenceWords();

    [GeneratedRegex(@"tuyên truyền|phổ biến|quán triệt", Insensitive, Timeout)]
    public static partial Regex Dissemination();

    [GeneratedRegex(@"tự kiểm tra|kiểm tra,? giám sát|kiểm tra,? rà soát|rà soát,? kiểm tra|kiểm tra an toàn|kiểm tra đột xuất|kiểm tra định kỳ|sơ hở|khắc phục (?:kịp thời )?(?:các )?(?:tồn tại|thiếu sót|vi phạm)", Insensitive, Timeout)]
    public static partial Regex SelfInspection();

    [GeneratedRegex(@"trang bị,?\s(?:đầy đủ\s|bổ sung\s)?(?:các\s)?(?:phương tiện|thiết bị|bình|dụng cụ)|bình chữa cháy|bảo dưỡng|bảo trì", Insensitive, Timeout)]
    public static partial Regex Equipment();

    /// <summary>Names of the field (PCCC) and of equipment, which mention fire-fighting without being incident response.</summary>
    [GeneratedRegex(@"phòng cháy(?:,| và)? chữa cháy(?:,? và cứu nạn,? cứu hộ)?|(?:phương tiện|thiết bị|bình|hệ thống|dụng cụ|phương án|lực lượng|đội|phục vụ|nguồn nước)(?:,? (?:phương tiện|thiết bị|dụng cụ))?(?: công tác)?(?: phòng cháy(?:,| và)?)? chữa cháy(?:,? và cứu nạn,? cứu hộ)?|\bPCCC(?: và CNCH)?\b", Insensitive, Timeout)]
    public static partial Regex FieldNames();

    [GeneratedRegex(@"xảy ra (?:các )?(?:vụ )?(?:cháy|sự cố|tai nạn)|khi có cháy|chữa cháy|cứu nạn|cứu hộ|báo cáo(?: ngay)?(?: cho)? cơ quan có thẩm quyền|\b114\b|khắc phục hậu quả", Insensitive, Timeout)]
    public static partial Regex IncidentResponse();

    [GeneratedRegex(@"phương án|[4４] tại chỗ|bốn tại chỗ|diễn tập", Insensitive, Timeout)]
    public static partial Regex ResponsePlan();

    [GeneratedRegex(@"nguy cơ (?:xảy ra )?cháy,? nổ cao|nguy hiểm về cháy,? nổ|(?:điểm|khu vực|nơi|cơ sở) có nguy cơ|điểm nguy cơ", Insensitive, Timeout)]
    public static partial Regex RiskPoints();

    [GeneratedRegex(@"tổng hợp[^.;]{0,150}?(?:gửi|báo cáo)|báo cáo định kỳ|định kỳ[^.;]{0,60}?báo cáo|báo cáo kết quả|gửi báo cáo|báo cáo (?:tình hình|sơ kết|tổng kết)|chế độ báo cáo", Insensitive, Timeout)]
    public static partial Regex Reporting();

    [GeneratedRegex(@"tập huấn|huấn luyện|bồi dưỡng (?:kiến thức|nghiệp vụ)|đào tạo", Insensitive, Timeout)]
    public static partial Regex Training();
}

namespace FireSafety.Core.Data.Scale;

/// <summary>
/// Vietnamese words the scale generator draws from: people, places, wording of records. Plausible,
/// not real: the communes are made of common place-name syllables of Hà Tĩnh.
/// </summary>
internal static class ScaleNames
{
    public const string Province = "Hà Tĩnh";
    public const string Department = "Sở Tư pháp tỉnh Hà Tĩnh";

    /// <summary>The department's own units under the root: code, name, kind, the head's title.</summary>
    public static readonly (string Code, string Name, Units.UnitKind Kind, string HeadTitle)[] DepartmentUnits =
    [
        ("VP", "Văn phòng Sở", Units.UnitKind.Office, "Chánh Văn phòng"),
        ("TTR", "Thanh tra Sở", Units.UnitKind.Inspectorate, "Chánh Thanh tra"),
        ("XDKTVB", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", Units.UnitKind.Division, "Trưởng phòng"),
        ("PBGDPL", "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật", Units.UnitKind.Division, "Trưởng phòng"),
        ("HCTP", "Phòng Hành chính tư pháp", Units.UnitKind.Division, "Trưởng phòng"),
        ("BTTP", "Phòng Bổ trợ tư pháp", Units.UnitKind.Division, "Trưởng phòng"),
        ("TGPL", "Trung tâm Trợ giúp pháp lý nhà nước", Units.UnitKind.Centre, "Giám đốc Trung tâm"),
        ("DGTS", "Trung tâm Dịch vụ đấu giá tài sản", Units.UnitKind.Centre, "Giám đốc Trung tâm"),
        ("CC1", "Phòng Công chứng số 1", Units.UnitKind.Centre, "Trưởng phòng Công chứng"),
        ("CC2", "Phòng Công chứng số 2", Units.UnitKind.Centre, "Trưởng phòng Công chứng"),
        ("CNTT", "Trung tâm Thông tin và Chuyển đổi số", Units.UnitKind.Centre, "Giám đốc Trung tâm"),
        ("LTHS", "Kho Lưu trữ hồ sơ Sở", Units.UnitKind.Centre, "Trưởng kho"),
    ];

    /// <summary>District-level areas (huyện, thị xã, thành phố) and the first syllable of their communes.</summary>
    public static readonly (string Name, string CommunePrefix)[] Districts =
    [
        ("thành phố Hà Tĩnh", "Thạch"),
        ("thị xã Hồng Lĩnh", "Đậu"),
        ("thị xã Kỳ Anh", "Kỳ"),
        ("huyện Nghi Xuân", "Xuân"),
        ("huyện Đức Thọ", "Đức"),
        ("huyện Hương Sơn", "Sơn"),
        ("huyện Vũ Quang", "Quang"),
        ("huyện Can Lộc", "Thiên"),
        ("huyện Lộc Hà", "Hộ"),
        ("huyện Thạch Hà", "Thạch"),
        ("huyện Cẩm Xuyên", "Cẩm"),
        ("huyện Kỳ Anh", "Kỳ"),
        ("huyện Hương Khê", "Hương"),
    ];

    public static readonly string[] CommuneSyllables =
    [
        "An", "Bình", "Châu", "Đông", "Hà", "Hải", "Hòa", "Hưng", "Lạc", "Lâm", "Liên", "Lĩnh", "Long", "Minh",
        "Mỹ", "Nam", "Ninh", "Phong", "Phú", "Quang", "Sơn", "Tân", "Thành", "Thịnh", "Thủy", "Tiến", "Trung",
        "Trường", "Văn", "Vĩnh", "Xuân", "Yên",
    ];

    public static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Thái", "Lê Văn"];

    public static readonly string[] MiddleNames = ["Văn", "Thị", "Đình", "Minh", "Quốc", "Thanh", "Xuân", "Hữu", "Đức", "Ngọc", "Thị Thu", "Công"];

    public static readonly string[] GivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Tuấn", "Vân",
        "Việt", "Yến", "Khánh", "Lộc", "Hiếu",
    ];

    public static readonly string[] StaffTitles = ["Chuyên viên", "Cán sự", "Nhân viên bảo vệ", "Kế toán", "Văn thư", "Phó trưởng phòng", "Công chức Tư pháp - Hộ tịch"];

    public static readonly (string Name, string? Floor, bool HighRisk, string? Note)[] AreaKinds =
    [
        ("Bộ phận tiếp nhận và trả kết quả", "Tầng 1", false, null),
        ("Phòng làm việc", "Tầng 2", false, null),
        ("Kho lưu trữ hồ sơ", "Tầng 1", true, "Nhiều giấy tờ, hồ sơ dễ cháy"),
        ("Phòng máy chủ", "Tầng 2", true, null),
        ("Nhà để xe", "Sân sau", true, "Khu vực sạc xe đạp điện, xe máy điện"),
        ("Hội trường", "Tầng 3", false, null),
        ("Bếp, phòng ăn tập thể", "Tầng 1", true, "Sử dụng bếp gas"),
        ("Phòng họp", "Tầng 2", false, null),
    ];

    public static readonly string[] Streets =
        ["Nguyễn Chí Thanh", "Hà Huy Tập", "Phan Đình Phùng", "Trần Phú", "Nguyễn Du", "Lê Duẩn", "Xuân Diệu", "Quang Trung", "Hải Thượng Lãn Ông", "Mai Thúc Loan"];

    public static readonly string[] DirectiveSubjects =
    [
        "V/v tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "V/v triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư",
        "V/v đảm bảo an toàn PCCC trong mùa hanh khô",
        "V/v đảm bảo an toàn PCCC dịp Tết Nguyên đán",
        "V/v tự kiểm tra an toàn PCCC tại cơ quan, đơn vị",
        "V/v kiểm tra, bảo dưỡng phương tiện PCCC",
        "V/v xây dựng, thực tập phương án chữa cháy tại chỗ",
        "V/v báo cáo kết quả công tác PCCC",
        "V/v phòng ngừa cháy, nổ do sạc xe điện",
        "V/v tuyên truyền, phổ biến kiến thức PCCC",
    ];

    public static readonly (string Text, string Categories)[] TaskTexts =
    [
        ("Tổ chức quán triệt Kết luận số 02-KL/TW đến toàn thể cán bộ, công chức, viên chức", "Dissemination"),
        ("Tự kiểm tra an toàn PCCC tại cơ quan, đơn vị; khắc phục ngay các tồn tại, thiếu sót", "SelfInspection"),
        ("Kiểm tra, bảo dưỡng, nạp lại bình chữa cháy; bổ sung phương tiện còn thiếu", "Equipment"),
        ("Rà soát, cập nhật phương án chữa cháy, cứu nạn, cứu hộ tại chỗ và tổ chức thực tập", "ResponsePlan"),
        ("Rà soát các điểm có nguy cơ cháy, nổ cao, đề ra biện pháp phòng ngừa", "RiskPoints"),
        ("Báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) để tổng hợp", "Reporting"),
        ("Cử cán bộ tham gia lớp huấn luyện nghiệp vụ PCCC và CNCH", "Training"),
        ("Bố trí khu vực sạc xe điện an toàn, có phương tiện chữa cháy tại chỗ", "RiskPoints,Equipment"),
        ("Kiểm tra hệ thống điện, ngắt điện sau giờ làm việc", "SelfInspection"),
        ("Xây dựng kịch bản xử lý sự cố cháy, nổ tại kho lưu trữ hồ sơ", "IncidentResponse,ResponsePlan"),
    ];

    public static readonly string[] ProgressTexts =
    [
        "Đã tổ chức họp quán triệt, đang triển khai.",
        "Đã rà soát, đang bổ sung hồ sơ.",
        "Đã liên hệ đơn vị bảo dưỡng, chờ kinh phí.",
        "Hoàn thành 50% khối lượng công việc.",
    ];

    public static readonly string[] ReturnReasons =
    [
        "Báo cáo chưa kèm tài liệu chứng minh.",
        "Đề nghị bổ sung số liệu cụ thể.",
        "Chưa nêu rõ tồn tại và biện pháp khắc phục.",
    ];

    public static readonly string[] DifficultyTitles =
    [
        "Thiếu kinh phí mua sắm, nạp lại bình chữa cháy",
        "Chưa có cán bộ được huấn luyện nghiệp vụ PCCC",
        "Trụ sở thuê, chưa được chủ nhà trang bị hệ thống báo cháy",
        "Kho lưu trữ quá tải, chưa bố trí được kho mới",
        "Đề nghị hướng dẫn mẫu phương án chữa cháy tại chỗ",
    ];

    public static readonly (string Place, string Summary)[] IncidentTexts =
    [
        ("Nhà để xe", "Chập điện khi sạc xe máy điện, khói bốc lên, đã dập tắt bằng bình bột."),
        ("Phòng máy chủ", "Quá nhiệt bộ lưu điện, có khói, đã ngắt điện kịp thời."),
        ("Kho lưu trữ hồ sơ", "Cháy ổ cắm điện, lửa bén vào thùng giấy, lực lượng tại chỗ dập tắt."),
        ("Bếp, phòng ăn tập thể", "Rò rỉ gas, đã khóa van, thông gió, không cháy."),
        ("Phòng làm việc", "Cháy quạt điện để quên qua đêm."),
        ("Cầu thang bộ", "Cán bộ trượt ngã khi đang diễn tập thoát nạn."),
    ];

    public static readonly string[] Hazards =
    [
        "Tập trung nhiều hồ sơ giấy dễ cháy",
        "Sạc xe đạp điện, xe máy điện qua đêm",
        "Thiết bị điện hoạt động liên tục, nguy cơ quá nhiệt",
        "Sử dụng bếp gas đun nấu",
        "Dây điện cũ, đấu nối tạm bợ",
    ];

    public static readonly string[] DisseminationTopics =
    [
        "Kết luận số 02-KL/TW ngày 18/5/2021 của Ban Bí thư",
        "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024",
        "Kỹ năng thoát nạn khi xảy ra cháy",
        "Hướng dẫn sử dụng bình chữa cháy",
        "Phòng ngừa cháy, nổ do sạc xe điện",
        "Tiêu lệnh chữa cháy và sơ đồ thoát nạn",
    ];

    public static readonly string[] Courses =
    [
        "Huấn luyện nghiệp vụ PCCC và CNCH cho đội PCCC cơ sở",
        "Bồi dưỡng kiến thức PCCC",
        "Huấn luyện sơ cấp cứu ban đầu",
    ];

    public static readonly string[] DrillScenarios =
    [
        "Cháy kho lưu trữ hồ sơ ngoài giờ làm việc",
        "Cháy phòng tiếp công dân trong giờ làm việc",
        "Cháy xe máy điện đang sạc tại nhà để xe",
        "Cháy phòng máy chủ do chập điện",
    ];
}

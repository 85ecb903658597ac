using FireSafety.Core.Documents;

namespace FireSafety.UnitTests.Documents;

/// <summary>Documents that exercise the writers: full, empty, long, odd.</summary>
internal static class SampleDocuments
{
    public const string Subject = "Kết quả công tác phòng cháy, chữa cháy năm 2026";

    public static DocumentHeader Header(int? number = 5) =>
        new("UBND TỈNH HÀ TĨNH", "SỞ TƯ PHÁP", "STP", number, "Hà Tĩnh", new DateOnly(2027, 1, 5));

    public static OfficialDocument AnnualReport() =>
        new(Header(), DocumentKind.Report, Subject)
        {
            Addressees = ["Công an tỉnh Hà Tĩnh"],
            Body =
            [
                new ParagraphBlock("Thực hiện Công văn số 757/STP-VP ngày 19/8/2022 của Sở Tư pháp về thực hiện Kết luận số 02-KL/TW của Ban Bí thư, Sở Tư pháp báo cáo kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026 như sau:"),
                new Heading(1, "TÌNH HÌNH CHUNG"),
                new ParagraphBlock("Sở có 08 phòng, trung tâm trực thuộc; 112 công chức, viên chức và người lao động."),
                new Heading(1, "KẾT QUẢ THỰC HIỆN"),
                new Heading(2, "Công tác lãnh đạo, chỉ đạo, tuyên truyền"),
                new Heading(3, "Tuyên truyền"),
                new BulletItem("Tổ chức 04 buổi tuyên truyền với 230 lượt người tham dự."),
                new BulletItem("Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024."),
                new KeyValueLine("Số vụ cháy, nổ", "không"),
                new TableBlock(
                    ["STT", "Đơn vị", "Bình chữa cháy", "Đã kiểm tra"],
                    [
                        ["1", "Văn phòng Sở", "12", "12"],
                        ["2", "Phòng Hành chính tư pháp", "6", "5"],
                        ["3", "Trung tâm Trợ giúp pháp lý nhà nước", "8", "8"],
                    ])
                {
                    ColumnWidths = [1, 6, 2, 2],
                    Alignments = [ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Center],
                    TotalsRow = ["", "Tổng cộng", "26", "25"],
                },
                new Heading(1, "PHƯƠNG HƯỚNG NĂM 2027"),
                new ParagraphBlock("Tiếp tục quán triệt, triển khai các văn bản về phòng cháy, chữa cháy."),
            ],
            Signatures = [new SignatureBlock(null, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Ánh")],
            Recipients = ["Công an tỉnh (để b/c)", "Giám đốc Sở (để b/c)", "Các phòng, trung tâm thuộc Sở"],
        };

    public static OfficialDocument Minutes() =>
        new(Header(12), DocumentKind.Minutes, "Kiểm tra an toàn phòng cháy, chữa cháy")
        {
            Body =
            [
                new ParagraphBlock("Hôm nay, vào lúc 08 giờ 30 phút ngày 05/01/2027, tại trụ sở Trung tâm Trợ giúp pháp lý nhà nước, chúng tôi gồm:"),
                new KeyValueLine("Địa điểm", "số 5 đường Nguyễn Chí Thanh, thành phố Hà Tĩnh"),
                new PageBreak(),
                new ParagraphBlock("Biên bản lập xong hồi 11 giờ cùng ngày, đã đọc lại cho các bên cùng nghe và nhất trí ký tên."),
            ],
            Signatures =
            [
                new SignatureBlock("ĐẠI DIỆN ĐOÀN KIỂM TRA", null, "TRƯỞNG ĐOÀN", "Trần Thị Bình"),
                new SignatureBlock("ĐẠI DIỆN ĐƠN VỊ", null, "GIÁM ĐỐC TRUNG TÂM", "Lê Văn Cường"),
            ],
            Recipients = ["Đơn vị được kiểm tra"],
        };

    public static OfficialDocument Empty() =>
        new(new DocumentHeader("", "", "", null, "", null), DocumentKind.Plan, "")
        {
            Archive = "",
        };

    public static OfficialDocument LongTable(int rows = 120) =>
        new(Header(), DocumentKind.Report, "Danh sách phương tiện phòng cháy, chữa cháy")
        {
            Body =
            [
                new TableBlock(
                    ["STT", "Phương tiện", "Vị trí", "Ngày kiểm tra"],
                    Enumerable.Range(1, rows)
                        .Select(i => (IReadOnlyList<string>)[i.ToString(), $"Bình bột chữa cháy MFZL4 số {i}", $"Tầng {i % 5 + 1}, hành lang phía {(i % 2 == 0 ? "Đông" : "Tây")} của nhà làm việc chính", "05/01/2027"])
                        .ToList())
                {
                    ColumnWidths = [1, 4, 5, 2],
                },
            ],
            Signatures = [new SignatureBlock(null, null, "CHÁNH VĂN PHÒNG", "Phạm Thị Dung")],
        };

    public static OfficialDocument Odd() =>
        new(new DocumentHeader("ubnd\u0000 tỉnh <hà> & \"tĩnh\"", "sở\u0007 tư pháp", "STP\u001F", 0, "Hà\u000BTĩnh", DateOnly.MaxValue), new DocumentKind("X\u0001", "báo\ud800 cáo"), "Ti\u0065\u0302u đề\r\ncó\tký tự ]]> \uFFFF \U0001F525 lạ")
        {
            Addressees = ["", "  ", "A & B", "C\u0008"],
            Body =
            [
                new Heading(7, "quá sâu"),
                new Heading(-1, "quá nông"),
                new ParagraphBlock(""),
                new ParagraphBlock("\u0000\u0001\u0002"),
                new ParagraphBlock(new string('x', 5000)),
                new BulletItem(""),
                new KeyValueLine("", ""),
                new TableBlock([], []),
                new TableBlock([], [["chỉ", "có", "dòng"]]),
                new TableBlock(["A", "B"], [[], ["1", "2", "3", "4"], [new string('y', 3000), "z"]])
                {
                    ColumnWidths = [0, double.NaN],
                    Alignments = [ColumnAlignment.Right],
                    TotalsRow = [],
                },
                new PageBreak(),
                new PageBreak(),
            ],
            Signatures = [new SignatureBlock("", "", "", ""), new SignatureBlock(null, null, "", "\u0000"), new SignatureBlock("a", "b", "c", "d")],
            Recipients = ["", ";", "- Lưu ý;"],
            Archive = "VT\u0000.",
        };

    public static TheoryData<string> Names() => ["annual", "minutes", "empty", "long", "odd"];

    public static OfficialDocument ByName(string name) => name switch
    {
        "annual" => AnnualReport(),
        "minutes" => Minutes(),
        "empty" => Empty(),
        "long" => LongTable(),
        "odd" => Odd(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

namespace FireSafety.Core.Incidents;

/// <summary>
/// The starting code lists, written by the migration (so production has them too). Codes follow
/// the NFIRS style (two digits, the first the group; "UU" = undetermined); the wording is ours.
/// Ids are fixed: incidents point at them, and later edits happen in the database.
/// </summary>
public static class IncidentCodeSeed
{
    public static IReadOnlyList<IncidentCode> All { get; } = Build();

    private static List<IncidentCode> Build()
    {
        var codes = new List<IncidentCode>();
        Add(codes, 1, IncidentCodeKind.Cause,
        [
            ("01", "Sự cố hệ thống, thiết bị điện"),
            ("02", "Sơ suất trong sử dụng lửa, nguồn nhiệt"),
            ("03", "Vi phạm quy định an toàn về phòng cháy, chữa cháy"),
            ("04", "Sự cố kỹ thuật của máy móc, thiết bị"),
            ("05", "Đốt, cố ý gây cháy"),
            ("06", "Thiên tai, sét đánh"),
            ("07", "Tai nạn giao thông"),
            ("08", "Nguyên nhân khác"),
            ("UU", "Chưa xác định, đang điều tra"),
        ]);
        Add(codes, 101, IncidentCodeKind.OriginArea,
        [
            ("12", "Phòng làm việc"),
            ("14", "Hội trường, phòng họp"),
            ("16", "Hành lang, cầu thang, lối thoát nạn"),
            ("24", "Bếp, khu nấu ăn"),
            ("37", "Phòng máy chủ, phòng kỹ thuật"),
            ("41", "Kho lưu trữ hồ sơ"),
            ("44", "Phòng điện, tủ điện"),
            ("47", "Kho vật tư, thiết bị"),
            ("74", "Mái, trần, tầng áp mái"),
            ("85", "Nhà để xe, khu sạc xe điện"),
            ("93", "Sân, khuôn viên ngoài nhà"),
            ("UU", "Chưa xác định"),
        ]);
        Add(codes, 201, IncidentCodeKind.HeatSource,
        [
            ("11", "Máy móc, thiết bị đang hoạt động"),
            ("12", "Hồ quang điện, chập điện"),
            ("13", "Thiết bị điện quá tải, quá nhiệt"),
            ("41", "Nhiệt từ bếp nấu, thiết bị sưởi"),
            ("43", "Sạc pin, ắc quy, xe điện"),
            ("61", "Tàn thuốc lá"),
            ("62", "Diêm, bật lửa"),
            ("63", "Ngọn lửa trần (nến, hương, đốt vàng mã, giấy)"),
            ("65", "Cháy lan từ nơi khác"),
            ("81", "Sét"),
            ("UU", "Chưa xác định"),
        ]);
        Add(codes, 301, IncidentCodeKind.ItemFirstIgnited,
        [
            ("11", "Bàn ghế, tủ, đồ gỗ"),
            ("21", "Rèm, thảm, vải"),
            ("36", "Dây dẫn, vỏ cách điện, thiết bị điện"),
            ("52", "Giấy, hồ sơ, sách báo"),
            ("61", "Xăng, dầu, chất lỏng dễ cháy"),
            ("64", "Khí gas"),
            ("71", "Rác, phế liệu"),
            ("76", "Bao bì, thùng các-tông, đồ nhựa"),
            ("81", "Xe máy, ô tô, phương tiện"),
            ("UU", "Chưa xác định"),
        ]);
        return codes;
    }

    private static void Add(List<IncidentCode> codes, int firstId, IncidentCodeKind kind, (string Code, string Name)[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            codes.Add(new IncidentCode { Id = firstId + i, Kind = kind, Code = entries[i].Code, Name = entries[i].Name, SortOrder = (i + 1) * 10 });
        }
    }
}

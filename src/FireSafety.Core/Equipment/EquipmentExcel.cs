using System.Globalization;
using MiniExcelLibs;

namespace FireSafety.Core.Equipment;

/// <summary>One problem of an import file: its Excel row number, column letter and header, and what is wrong.</summary>
public sealed record ImportError(int Row, string Column, string Header, string Message);

/// <summary>One valid row of an import file, ready to become an <see cref="EquipmentItem"/>.</summary>
public sealed record ImportRow(int Row, string Code, int TypeId, int AreaId, string? Serial, DateOnly? ManufacturedOn, DateOnly? CommissionedOn, DateOnly? LastCheckedOn, DateOnly? LastMaintainedOn, string? Note);

/// <summary>The outcome of reading an import file: either rows (no errors) or errors (nothing to import).</summary>
public sealed record ImportResult(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>One row of the register as exported.</summary>
public sealed record ExportRow(string Code, string TypeCode, string TypeName, string Facility, string Area, string? Serial, DateOnly? ManufacturedOn, DateOnly? CommissionedOn, DateOnly? LastCheckedOn, DateOnly? LastMaintainedOn, DateOnly? NextCheckDue, DateOnly? NextMaintenanceDue, string Status, string? Note);

/// <summary>
/// The Excel side of the equipment register (MiniExcel): the import template, the all-or-nothing
/// validation of an uploaded file with row and column of every error, and the export.
/// The import is for one facility chosen on the page; rows name the area by its name.
/// </summary>
public static class EquipmentExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Largest accepted upload.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Most rows in one import.</summary>
    public const int MaxRows = 2000;

    /// <summary>The import columns, in order (A, B, C ...).</summary>
    public static readonly string[] Headers =
    [
        "Mã phương tiện",
        "Mã loại",
        "Khu vực",
        "Số sê-ri",
        "Ngày sản xuất",
        "Ngày đưa vào sử dụng",
        "Ngày kiểm tra gần nhất",
        "Ngày bảo dưỡng gần nhất",
        "Ghi chú",
    ];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>True when the bytes start like an .xlsx (a zip archive).</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;

    /// <summary>The template: the header row, and a second sheet listing the type codes.</summary>
    public static byte[] Template(IEnumerable<EquipmentType> types)
    {
        var header = new Dictionary<string, object?>();
        foreach (var h in Headers)
        {
            header[h] = null;
        }

        var sheets = new Dictionary<string, object>
        {
            ["Phương tiện"] = new[] { header },
            ["Loại phương tiện"] = types.Select(t => new Dictionary<string, object?>
            {
                ["Mã loại"] = t.Code,
                ["Tên loại"] = t.Name,
                ["Kiểm tra (tháng)"] = t.CheckIntervalMonths,
                ["Bảo dưỡng (tháng)"] = t.MaintenanceIntervalMonths,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The register as a workbook, one row per item.</summary>
    public static byte[] Export(IEnumerable<ExportRow> rows)
    {
        var data = rows.Select(r => new Dictionary<string, object?>
        {
            ["Mã phương tiện"] = r.Code,
            ["Mã loại"] = r.TypeCode,
            ["Loại"] = r.TypeName,
            ["Cơ sở"] = r.Facility,
            ["Khu vực"] = r.Area,
            ["Số sê-ri"] = r.Serial,
            ["Ngày sản xuất"] = Text(r.ManufacturedOn),
            ["Ngày đưa vào sử dụng"] = Text(r.CommissionedOn),
            ["Ngày kiểm tra gần nhất"] = Text(r.LastCheckedOn),
            ["Ngày bảo dưỡng gần nhất"] = Text(r.LastMaintainedOn),
            ["Hạn kiểm tra tiếp theo"] = Text(r.NextCheckDue),
            ["Hạn bảo dưỡng tiếp theo"] = Text(r.NextMaintenanceDue),
            ["Tình trạng"] = r.Status,
            ["Ghi chú"] = r.Note,
        }).ToList();
        if (data.Count == 0)
        {
            data.Add(new Dictionary<string, object?> { ["Mã phương tiện"] = null });
        }

        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: "Phương tiện PCCC", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>
    /// Reads and validates every row. <paramref name="areas"/> maps the facility's area names
    /// (case-insensitive) to ids; <paramref name="types"/> the type codes; <paramref name="existingCodes"/>
    /// the unit's codes already in use. Any error means no rows are returned.
    /// </summary>
    public static ImportResult Read(Stream stream, IReadOnlyDictionary<string, int> areas, IReadOnlyDictionary<string, int> types, ISet<string> existingCodes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<IDictionary<string, object?>> sheet;
        try
        {
            sheet = [.. stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or NotSupportedException or System.Xml.XmlException or ArgumentException)
        {
            return Fail(new ImportError(0, string.Empty, string.Empty, "Tệp không phải là tệp Excel (.xlsx) hợp lệ."));
        }

        if (sheet.Count == 0 || !HeaderMatches(sheet[0]))
        {
            return Fail(new ImportError(1, string.Empty, string.Empty, "Dòng tiêu đề không đúng mẫu. Hãy tải mẫu và giữ nguyên dòng đầu."));
        }

        var errors = new List<ImportError>();
        var rows = new List<ImportRow>();
        var codesInFile = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < sheet.Count; i++)
        {
            var cells = sheet[i];
            var rowNumber = i + 1;
            if (Enumerable.Range(0, Headers.Length).All(c => string.IsNullOrWhiteSpace(Cell(cells, c))))
            {
                continue;
            }

            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new ImportError(rowNumber, string.Empty, string.Empty, string.Format(CultureInfo.InvariantCulture, "Tệp có quá {0} dòng.", MaxRows)));
                break;
            }

            var before = errors.Count;
            void Error(int column, string message) => errors.Add(new ImportError(rowNumber, Letter(column), Headers[column], message));

            var code = Cell(cells, 0);
            if (string.IsNullOrWhiteSpace(code))
            {
                Error(0, "Chưa nhập mã phương tiện.");
            }
            else if (code.Length > EquipmentItem.CodeMaxLength)
            {
                Error(0, string.Format(CultureInfo.InvariantCulture, "Mã phương tiện không được dài quá {0} ký tự.", EquipmentItem.CodeMaxLength));
            }
            else if (existingCodes.Contains(code))
            {
                Error(0, "Mã phương tiện đã có trong sổ của đơn vị.");
            }
            else if (!codesInFile.Add(code))
            {
                Error(0, "Mã phương tiện bị trùng trong tệp.");
            }

            var typeCode = Cell(cells, 1);
            var typeId = 0;
            if (string.IsNullOrWhiteSpace(typeCode))
            {
                Error(1, "Chưa nhập mã loại.");
            }
            else if (!types.TryGetValue(typeCode, out typeId))
            {
                Error(1, "Mã loại không có trong danh mục (xem trang \"Loại phương tiện\" của tệp mẫu).");
            }

            var areaName = Cell(cells, 2);
            var areaId = 0;
            if (string.IsNullOrWhiteSpace(areaName))
            {
                Error(2, "Chưa nhập khu vực.");
            }
            else if (!areas.TryGetValue(areaName, out areaId))
            {
                Error(2, "Khu vực không có trong cơ sở đã chọn.");
            }

            var serial = Cell(cells, 3);
            if (serial?.Length > EquipmentItem.SerialMaxLength)
            {
                Error(3, string.Format(CultureInfo.InvariantCulture, "Số sê-ri không được dài quá {0} ký tự.", EquipmentItem.SerialMaxLength));
            }

            var dates = new DateOnly?[4];
            for (var d = 0; d < 4; d++)
            {
                var column = 4 + d;
                if (!TryDate(cells.TryGetValue(Letter(column), out var raw) ? raw : null, out dates[d]))
                {
                    Error(column, "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy).");
                }
                else if (dates[d] > today)
                {
                    Error(column, "Ngày không được sau ngày hôm nay.");
                }
            }

            var note = Cell(cells, 8);
            if (note?.Length > EquipmentItem.NoteMaxLength)
            {
                Error(8, string.Format(CultureInfo.InvariantCulture, "Ghi chú không được dài quá {0} ký tự.", EquipmentItem.NoteMaxLength));
            }

            if (errors.Count == before)
            {
                rows.Add(new ImportRow(rowNumber, code!, typeId, areaId, serial, dates[0], dates[1], dates[2], dates[3], note));
            }
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new ImportError(2, string.Empty, string.Empty, "Tệp không có dòng dữ liệu nào."));
        }

        return errors.Count > 0 ? new ImportResult([], errors) : new ImportResult(rows, []);
    }

    /// <summary>The column letter of a zero-based column index (0 → A).</summary>
    public static string Letter(int column) => ((char)('A' + column)).ToString();

    private static ImportResult Fail(ImportError error) => new([], [error]);

    private static bool HeaderMatches(IDictionary<string, object?> row) =>
        Enumerable.Range(0, Headers.Length).All(c => string.Equals(Cell(row, c), Headers[c], StringComparison.OrdinalIgnoreCase));

    private static string? Cell(IDictionary<string, object?> row, int column)
    {
        if (!row.TryGetValue(Letter(column), out var value) || value is null)
        {
            return null;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static bool TryDate(object? value, out DateOnly? date)
    {
        date = null;
        switch (value)
        {
            case null:
                return true;
            case DateTime dt:
                date = DateOnly.FromDateTime(dt);
                return true;
            case double oa when oa is > 1 and < 2958465:
                date = DateOnly.FromDateTime(DateTime.FromOADate(oa));
                return true;
            case string s when string.IsNullOrWhiteSpace(s):
                return true;
            case string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                date = parsed;
                return true;
            default:
                return false;
        }
    }

    private static string? Text(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

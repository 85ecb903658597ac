using MiniExcelLibs;

namespace FireSafety.Core.Common;

/// <summary>
/// One-sheet Excel exports (MiniExcel): Vietnamese column headers in order, one row per record; an
/// empty export still has its header row.
/// </summary>
public static class ExcelSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var data = rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                values[headers[i]] = i < row.Count ? row[i] : null;
            }

            return values;
        }).ToList();
        if (data.Count == 0)
        {
            data.Add(headers.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}

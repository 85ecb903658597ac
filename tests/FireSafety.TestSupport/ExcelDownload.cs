using System.Net;
using FireSafety.Core.Common;
using MiniExcelLibs;

namespace FireSafety.TestSupport;

/// <summary>Downloads an Excel export and reads its first sheet, the header row as keys.</summary>
public static class ExcelDownload
{
    public static async Task<List<IDictionary<string, object?>>> SheetAsync(this PageClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != ExcelSheet.ContentType)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}, not an Excel file.");
        }
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}

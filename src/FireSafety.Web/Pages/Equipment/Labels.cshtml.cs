using FireSafety.Core.Data;
using FireSafety.Core.Equipment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace FireSafety.Web.Pages.Equipment;

/// <summary>
/// An A4 sheet of QR labels (3 × 8 per page) for the items of the user's scope, optionally of one
/// unit or facility. Each QR holds the item's absolute check URL; scanning it (signed in) opens the quick check.
/// </summary>
public sealed class LabelsModel(FireSafetyDbContext db) : PageModel
{
    /// <summary>Most labels on one sheet request (a print run, not a backup).</summary>
    public const int MaxLabels = 480;

    public sealed record Label(int Id, string Code, string TypeName, string Place, string Url, string QrDataUri);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? FacilityId { get; set; }

    public List<Label> Labels { get; private set; } = [];

    public int TotalCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.EquipmentItems.AsNoTracking().Where(i => i.Status != EquipmentStatus.Retired);
        if (UnitId is not null)
        {
            query = query.Where(i => i.UnitId == UnitId);
        }

        if (FacilityId is not null)
        {
            query = query.Where(i => i.Area!.FacilityId == FacilityId);
        }

        TotalCount = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(i => i.UnitId).ThenBy(i => i.Area!.Facility!.Name).ThenBy(i => i.Code)
            .Take(MaxLabels)
            .Select(i => new { i.Id, i.Code, TypeName = i.Type!.Name, Facility = i.Area!.Facility!.Name, Area = i.Area.Name })
            .ToListAsync(cancellationToken);
        Labels = [.. items.Select(i =>
        {
            var url = CheckUrl(Request, i.Id);
            return new Label(i.Id, i.Code, i.TypeName, $"{i.Facility} — {i.Area}", url, QrDataUri(url));
        })];
    }

    /// <summary>The absolute URL a label's QR code holds.</summary>
    public static string CheckUrl(HttpRequest request, int itemId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{EquipmentChecks.CheckPath(itemId)}";
    }

    public static string QrDataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
    }
}

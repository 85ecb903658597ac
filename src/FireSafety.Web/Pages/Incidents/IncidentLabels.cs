using System.Globalization;
using FireSafety.Core.Common;
using FireSafety.Core.Incidents;

namespace FireSafety.Web.Pages.Incidents;

/// <summary>Vietnamese labels (resource keys) and formats the incident pages share.</summary>
public static class IncidentLabels
{
    public static string Type(IncidentType type) => IncidentTypes.Name(type);

    public static string Badge(IncidentType type) => type switch
    {
        IncidentType.Fire => "text-bg-danger",
        IncidentType.Explosion => "text-bg-warning",
        IncidentType.Incident => "text-bg-info",
        _ => "text-bg-secondary",
    };

    public static string Entry(IncidentEntryKind kind) => kind switch
    {
        IncidentEntryKind.Reported => "Báo nhanh",
        IncidentEntryKind.Note => "Ghi nhận",
        IncidentEntryKind.RecordUpdated => "Cập nhật hồ sơ",
        _ => "Biện pháp khắc phục",
    };

    public static string Time(DateTime? utc) =>
        utc is { } u ? VietnamTime.ToLocal(u).ToString(IncidentTimes.DisplayFormat, CultureInfo.InvariantCulture) : "—";

    /// <summary>A whole VND amount with the current culture's group separator ("15.000.000" in Vietnamese).</summary>
    public static string Vnd(long amount) => amount.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>The value a datetime-local input expects.</summary>
    public static string? InputValue(DateTime? local) =>
        local?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}

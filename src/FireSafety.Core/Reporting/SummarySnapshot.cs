using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FireSafety.Core.Reporting;

/// <summary>Serialises the figures for storage and hashes a revision for freezing.</summary>
public static class SummarySnapshot
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(SummaryFigures figures) => JsonSerializer.Serialize(figures, Options);

    public static SummaryFigures? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<SummaryFigures>(json, Options);

    /// <summary>SHA-256 (hex) of the figures and the three narrative sections, each length-prefixed so no two differ only in where one ends.</summary>
    public static string Hash(AnnualSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        foreach (var part in new[] { summary.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.FiguresJson, summary.Assessment, summary.Direction, summary.Proposals })
        {
            var value = part ?? string.Empty;
            text.Append(value.Length).Append(':').Append(value).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

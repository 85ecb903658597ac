using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FireSafety.Core.Directives;

/// <summary>
/// The JSON form of a parsed directive: camelCase, enums by name, dates as yyyy-MM-dd, nulls
/// written, Vietnamese letters as themselves (not \u escapes).
/// </summary>
public static class DirectiveJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ParsedDirective directive) => JsonSerializer.Serialize(directive, Options);

    public static ParsedDirective? Deserialize(string json) => JsonSerializer.Deserialize<ParsedDirective>(json, Options);
}

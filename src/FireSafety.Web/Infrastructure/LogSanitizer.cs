using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Keeps one log event on one line whatever a request carries: control characters (CR, LF, NUL,
/// escape…) and bidirectional overrides in string properties are written as escapes ("\r", "\u0001").
/// The file's template renders strings literally (<c>{Message:lj}</c>), so without this a request
/// path with an encoded newline (logged by the request logging) would forge a log line.
/// </summary>
public sealed class LogSanitizer : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? cleaned = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Any(NeedsEscape))
            {
                (cleaned ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
            }
        }

        cleaned?.ForEach(logEvent.AddOrUpdateProperty);
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Control characters and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

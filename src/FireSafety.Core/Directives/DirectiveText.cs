using System.Globalization;
using System.Text;

namespace FireSafety.Core.Directives;

/// <summary>One cleaned line: Markdown marks, escapes and trailing breaks removed; column gaps kept.</summary>
/// <param name="Text">The line without indentation; runs of two or more spaces still separate columns.</param>
/// <param name="Indent">How many spaces the line was indented by (a tab counts as four).</param>
internal sealed record TextLine(string Text, int Indent)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The line with every run of white space made one space.</summary>
    public string Flat => DirectiveText.Collapse(Text);

    /// <summary>The columns of a line copied from a two-column table (header, signature block).</summary>
    public string[] Segments => DirectivePatterns.ColumnGap().Split(Text).Where(s => s.Length > 0).ToArray();
}

/// <summary>Turns pasted text (plain, Markdown-ish, Word copy, CRLF) into clean lines.</summary>
internal static class DirectiveText
{
    /// <summary>Longer input is cut: no letter is anywhere near this long.</summary>
    public const int MaxLength = 1_000_000;

    public static List<TextLine> Lines(string text)
    {
        var lines = new List<TextLine>();
        foreach (var raw in Sanitize(text).Split('\n'))
        {
            lines.Add(CleanLine(raw));
        }

        return lines;
    }

    /// <summary>
    /// One line ending, NFC, no control or zero-width characters, no lone surrogates, ordinary
    /// spaces, and the Icelandic eth (a common mis-conversion) read as the Vietnamese "Đ".
    /// </summary>
    public static string Sanitize(string text)
    {
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            switch (c)
            {
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        builder.Append('\n');
                    }

                    break;
                case '\n' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append('\t');
                    break;
                case '\u00D0':
                    builder.Append('Đ');
                    break;
                case '\u00F0':
                    builder.Append('đ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (char.IsControl(c))
                    {
                        // dropped
                    }
                    else if (char.IsWhiteSpace(c))
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        var clean = builder.ToString();
        try
        {
            return clean.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return clean;
        }
    }

    public static TextLine CleanLine(string raw)
    {
        var line = raw.Replace("\t", "    ", StringComparison.Ordinal).TrimEnd();
        // A Markdown hard break: a backslash (or two) at the end of the line.
        line = line.TrimEnd('\\').TrimEnd();
        line = line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        line = DirectivePatterns.MarkdownEscape().Replace(line, "$1");
        var indent = line.Length - line.TrimStart().Length;
        line = line.Trim();
        line = DirectivePatterns.MarkdownLinePrefix().Replace(line, string.Empty);
        if (line.Contains('|', StringComparison.Ordinal))
        {
            line = line.Replace("|", "   ", StringComparison.Ordinal).Trim();
        }

        line = RemoveEmphasis(line);
        if (line.Length > 0 && DirectivePatterns.RuleOrTableBorder().IsMatch(line) && line.Count(c => c is '-' or '_' or '=' or '*') >= 3)
        {
            line = string.Empty;
        }

        return new TextLine(line.Trim(), indent);
    }

    /// <summary>Single "*" or "_" emphasis marks; a leading "* " bullet stays.</summary>
    private static string RemoveEmphasis(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var keepBullet = line.StartsWith("* ", StringComparison.Ordinal);
        var body = keepBullet ? line[2..] : line;
        body = body.Replace("*", string.Empty, StringComparison.Ordinal);
        if (body.Length > 1 && body[0] == '_' && body[1] != '_' && body[1] != ' ')
        {
            body = body[1..];
        }

        if (body.Length > 1 && body[^1] == '_' && body[^2] != '_' && body[^2] != ' ')
        {
            body = body[..^1];
        }

        return keepBullet ? "* " + body : body;
    }

    public static string Collapse(string text) => DirectivePatterns.Whitespace().Replace(text, " ").Trim();

    /// <summary>An output string: one-spaced, trimmed, never with a lone surrogate half.</summary>
    public static string Tidy(string text)
    {
        var collapsed = Collapse(text);
        if (!collapsed.Any(char.IsSurrogate))
        {
            return collapsed;
        }

        var builder = new StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            if (char.IsHighSurrogate(c) && i + 1 < collapsed.Length && char.IsLowSurrogate(collapsed[i + 1]))
            {
                builder.Append(c).Append(collapsed[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The first letter upper case: "kế hoạch" reads "Kế hoạch".</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..].ToLowerInvariant();

    public static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    public static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?';

    /// <summary>A date if the parts make one; null otherwise.</summary>
    public static DateOnly? Date(string day, string month, string year)
    {
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }

        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }
}

using System.Text.RegularExpressions;

namespace FireSafety.Core.Directives;

/// <summary>
/// Reads a Vietnamese administrative letter (văn bản chỉ đạo: công văn, kế hoạch, chỉ thị …) from
/// its text: number, date and place, subject, addressees, cited documents, the tasks under each
/// audience heading, the signature block and the distribution list.
/// </summary>
/// <remarks>
/// Pure and total: no I/O, and no input makes it throw. Whatever it cannot read is null or empty.
/// It reads the genre, not one letter: numbered headings ("1.", "I.", "1.1.", "a)"), bullets
/// ("-", "+", "•", "–"), Markdown bold and escapes, trailing spaces and backslashes, Windows line
/// endings, lines wrapped mid-sentence, and two-column headers and signature blocks copied from
/// Word tables (columns separated by two or more spaces or a tab).
/// The subject is kept as written, "V/v " prefix included, as it is cited in registers.
/// </remarks>
public static class DirectiveTextParser
{
    private const int MaxSubjectLines = 6;
    private const int MaxHeaderLineLength = 200;
    private const int MaxListLines = 400;
    private const int MaxEntryLength = 500;

    public static ParsedDirective Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedDirective.Empty;
        }

        return Read(text, strict: false);
    }

    /// <summary>The same, but a bug throws instead of leaving a part empty: for tests.</summary>
    internal static ParsedDirective ParseStrict(string text) => Read(text, strict: true);

    private static ParsedDirective Read(string text, bool strict)
    {
        var lines = Guard(() => DirectiveText.Lines(text), [], strict);
        var tailStart = Guard(() => TailStart(lines), lines.Count, strict);
        var header = Guard(() => ReadHeader(lines, tailStart), Header.None, strict);
        var blocks = Guard(() => DirectiveBlocks.Build(lines.Skip(header.BodyStart).Take(tailStart - header.BodyStart)), [], strict);
        var legalBasis = Guard(
            () => DirectiveReferences.Read([.. blocks.Select(b => b.Text), header.Subject ?? string.Empty], header.Number),
            [],
            strict);
        var tasks = Guard(() => DirectiveTasks.Read(blocks, header.Addressees), [], strict);
        var (left, right) = Guard(() => Columns(lines, tailStart), ([], []), strict);
        var distribution = Guard(() => Distribution(left), [], strict);
        var signer = Guard(() => Signer(right), null, strict);
        return new ParsedDirective(header.Number, header.IssuedOn, header.Place, header.Subject, header.Addressees, legalBasis, tasks, signer, distribution);
    }

    private static T Guard<T>(Func<T> read, T fallback, bool strict)
    {
        if (strict)
        {
            return read();
        }

        try
        {
            return read();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException
            or RegexMatchTimeoutException or FormatException or OverflowException or NullReferenceException)
        {
            return fallback;
        }
    }

    // ---------------------------------------------------------------- header

    private sealed record Header(string? Number, DateOnly? IssuedOn, string? Place, string? Subject, IReadOnlyList<string> Addressees, int BodyStart)
    {
        public static Header None { get; } = new(null, null, null, null, [], 0);
    }

    private static Header ReadHeader(List<TextLine> lines, int end)
    {
        string? number = null, place = null, subject = null;
        DateOnly? issuedOn = null;
        List<string>? addressees = null;
        int? typeTitle = null;
        var last = -1;
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var flat = line.Flat;
            var isHeaderLine = false;
            foreach (var segment in line.Segments.Select(DirectiveText.Collapse))
            {
                if (number is null && DirectivePatterns.NumberLine().Match(segment) is { Success: true } n)
                {
                    number = DirectiveText.Tidy(n.Groups["n"].Value);
                    isHeaderLine = true;
                }
                else if (issuedOn is null && DirectivePatterns.PlaceAndDate().Match(segment) is { Success: true } d)
                {
                    issuedOn = DirectiveText.Date(d.Groups["d"].Value, d.Groups["m"].Value, d.Groups["y"].Value);
                    var where = DirectiveText.Tidy(d.Groups["place"].Value);
                    place = issuedOn is not null && where.Any(char.IsLetter) && where.Split(' ').Length <= 8 ? where : null;
                    isHeaderLine = issuedOn is not null;
                }
                else if (DirectivePatterns.NationalHeader().IsMatch(segment))
                {
                    isHeaderLine = true;
                }
            }

            if (number is null && DirectivePatterns.NumberInline().Match(flat) is { Success: true } inline)
            {
                number = DirectiveText.Tidy(inline.Groups["n"].Value);
                isHeaderLine = true;
            }

            var first = DirectiveText.Collapse(line.Segments.FirstOrDefault() ?? string.Empty);
            if (subject is null && DirectivePatterns.SubjectStart().IsMatch(first))
            {
                (subject, var subjectEnd) = Subject(lines, i, end, first);
                last = Math.Max(last, subjectEnd);
                i = subjectEnd;
                continue;
            }

            if (typeTitle is null && DirectivePatterns.DocumentTypeTitle().IsMatch(flat))
            {
                typeTitle = i;
                last = Math.Max(last, i);
                continue;
            }

            if (addressees is null && DirectivePatterns.Addressed().Match(first) is { Success: true } to)
            {
                (addressees, var addresseesEnd) = Addressees(lines, i, end, to.Groups["rest"].Value);
                last = Math.Max(last, addresseesEnd);
                break;
            }

            if (isHeaderLine)
            {
                last = Math.Max(last, i);
                continue;
            }

            // The body has begun: a numbered item or a long paragraph, once something of the header was seen.
            if (last >= 0 && (flat.Length > MaxHeaderLineLength || IsNumberedItem(flat)))
            {
                break;
            }
        }

        // A plan or decision has no "V/v": its subject is the lines under its type ("KẾ HOẠCH").
        if (subject is null && typeTitle is int title)
        {
            var from = title + 1;
            while (from < end && lines[from].IsBlank)
            {
                from++;
            }

            if (from < end && !IsNumberedItem(lines[from].Flat) && !DirectivePatterns.Addressed().IsMatch(lines[from].Flat))
            {
                (subject, var subjectEnd) = Subject(lines, from, end, lines[from].Flat);
                last = Math.Max(last, subjectEnd);
            }
        }

        return new Header(number, issuedOn, place, subject, addressees ?? [], Math.Min(last + 1, end));
    }

    private static bool IsNumberedItem(string flat) =>
        DirectiveBlocks.Mark(flat) is { Kind: MarkerKind.Roman or MarkerKind.Arabic or MarkerKind.Decimal or MarkerKind.Letter };

    /// <summary>The subject and its wrapped lines, up to a blank line or the next header element.</summary>
    private static (string Subject, int End) Subject(List<TextLine> lines, int start, int end, string first)
    {
        var parts = new List<string> { first };
        var last = start;
        for (var i = start + 1; i < end && parts.Count < MaxSubjectLines; i++)
        {
            if (lines[i].IsBlank)
            {
                break;
            }

            var next = DirectiveText.Collapse(lines[i].Segments.FirstOrDefault() ?? string.Empty);
            if (DirectivePatterns.PlaceAndDate().IsMatch(next) || DirectivePatterns.Addressed().IsMatch(next)
                || DirectivePatterns.NumberLine().IsMatch(next) || DirectivePatterns.NationalHeader().IsMatch(next)
                || DirectivePatterns.DocumentTypeTitle().IsMatch(next) || DirectiveBlocks.Mark(next) is not null
                || DirectiveText.EndsSentence(parts[^1]))
            {
                break;
            }

            parts.Add(next);
            last = i;
        }

        return (DirectiveText.Tidy(string.Join(' ', parts)), last);
    }

    /// <summary>"Kính gửi: X" or "Kính gửi:" over a "- …" list; entries lose their marker and end punctuation.</summary>
    private static (List<string> Addressees, int End) Addressees(List<TextLine> lines, int start, int end, string rest)
    {
        var entries = new List<string>();
        foreach (var part in rest.Split(';'))
        {
            AddEntry(entries, part);
        }

        var last = start;
        var blank = false;
        for (var i = start + 1; i < end && i <= start + MaxListLines; i++)
        {
            var flat = lines[i].Flat;
            if (flat.Length == 0)
            {
                blank = true;
                continue;
            }

            if (IsBullet(flat))
            {
                AddEntry(entries, DirectiveBlocks.Mark(flat)!.Text);
            }
            else if (!blank && entries.Count > 0 && DirectiveText.StartsLower(flat) && entries[^1].Length < MaxEntryLength)
            {
                entries[^1] = Entry(entries[^1] + " " + flat);
            }
            else if (!blank && entries.Count == 0 && i == start + 1 && flat.Length <= MaxHeaderLineLength / 2)
            {
                AddEntry(entries, flat);
            }
            else
            {
                break;
            }

            blank = false;
            last = i;
        }

        return (entries, last);
    }

    private static void AddEntry(List<string> entries, string text)
    {
        var flat = DirectiveText.Collapse(text);
        if (DirectiveBlocks.Mark(flat) is { Kind: MarkerKind.Dash or MarkerKind.Plus or MarkerKind.Dot } bullet)
        {
            flat = bullet.Text;
        }

        var entry = Entry(flat);
        if (entry.Length > 0)
        {
            entries.Add(entry);
        }
    }

    private static string Entry(string text)
    {
        var entry = DirectiveText.Tidy(text).TrimEnd(';', ',', ' ');
        if (entry.EndsWith("./.", StringComparison.Ordinal))
        {
            entry = entry[..^2];
        }

        // "Lưu: VT, VP." keeps the dot that closes its list, as Nghị định 30 writes it.
        if (entry.EndsWith('.') && !entry.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase))
        {
            entry = entry.TrimEnd('.', ' ');
        }

        return entry;
    }

    private static bool IsBullet(string flat) =>
        DirectiveBlocks.Mark(flat) is { Kind: MarkerKind.Dash or MarkerKind.Plus or MarkerKind.Dot };

    // ---------------------------------------------------------------- tail

    /// <summary>
    /// Where the body ends: the first "Nơi nhận" or authority line, or the line after the last one
    /// ending "./." (the body's closing mark), whichever comes first.
    /// </summary>
    private static int TailStart(List<TextLine> lines)
    {
        var closed = lines.FindLastIndex(l => l.Flat.EndsWith("./.", StringComparison.Ordinal));
        var tail = closed >= 0 ? closed + 1 : lines.Count;
        for (var i = 0; i < tail; i++)
        {
            foreach (var segment in lines[i].Segments.Select(DirectiveText.Collapse))
            {
                if (DirectivePatterns.DistributionStart().IsMatch(segment) || DirectivePatterns.Authority().IsMatch(segment))
                {
                    return i;
                }
            }
        }

        return tail;
    }

    /// <summary>
    /// The tail's two columns: "Nơi nhận" on the left, the signature on the right, whether copied
    /// side by side (columns two or more spaces apart) or one after the other.
    /// </summary>
    private static (List<string> Left, List<string> Right) Columns(List<TextLine> lines, int start)
    {
        const int RightIndent = 16;
        var left = new List<string>();
        var right = new List<string>();
        foreach (var line in lines.Skip(start))
        {
            var segments = line.Segments;
            if (segments.Length >= 2)
            {
                left.Add(DirectiveText.Collapse(segments[0]));
                right.Add(DirectiveText.Collapse(string.Join(' ', segments.Skip(1))));
            }
            else if (line.Indent >= RightIndent)
            {
                left.Add(string.Empty);
                right.Add(line.Flat);
            }
            else
            {
                left.Add(line.Flat);
                right.Add(line.Flat);
            }
        }

        return (left, right);
    }

    private static List<string> Distribution(List<string> lines)
    {
        var entries = new List<string>();
        var start = lines.FindIndex(l => DirectivePatterns.DistributionStart().IsMatch(l));
        if (start < 0)
        {
            return entries;
        }

        AddEntry(entries, DirectivePatterns.DistributionStart().Match(lines[start]).Groups["rest"].Value);
        var blank = false;
        for (var i = start + 1; i < lines.Count && i <= start + MaxListLines; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (IsBullet(line))
            {
                AddEntry(entries, line);
            }
            else if (!blank && entries.Count > 0 && DirectiveText.StartsLower(line) && entries[^1].Length < MaxEntryLength)
            {
                entries[^1] = Entry(entries[^1] + " " + line);
            }
            else
            {
                break;
            }

            blank = false;
        }

        return entries;
    }

    /// <summary>Authority lines ("KT. GIÁM ĐỐC"), then the title in capitals, then the name.</summary>
    private static ParsedSigner? Signer(List<string> lines)
    {
        var candidates = lines
            .Select((text, index) => (Text: text, Index: index))
            .Where(l => l.Text.Length > 0 && !IsBullet(l.Text) && !DirectivePatterns.DistributionStart().IsMatch(l.Text))
            .ToList();
        var authorities = new List<string>();
        var i = candidates.FindIndex(l => DirectivePatterns.Authority().IsMatch(l.Text));
        if (i >= 0)
        {
            while (i < candidates.Count && DirectivePatterns.Authority().Match(candidates[i].Text) is { Success: true } a)
            {
                authorities.Add(a.Groups["p"].Value + ". " + DirectiveText.Tidy(a.Groups["rest"].Value));
                i++;
            }
        }
        else
        {
            i = candidates.FindIndex(l => IsTitle(l.Text));
            if (i < 0)
            {
                return null;
            }
        }

        var title = new List<string>();
        var previous = i > 0 ? candidates[i - 1].Index : -1;
        while (i < candidates.Count && IsTitle(candidates[i].Text) && (title.Count == 0 || candidates[i].Index == previous + 1))
        {
            title.Add(candidates[i].Text);
            previous = candidates[i].Index;
            i++;
        }

        string? name = null;
        for (var skipped = 0; i < candidates.Count && skipped < 6; i++, skipped++)
        {
            var text = candidates[i].Text;
            if (DirectivePatterns.PersonName().IsMatch(text))
            {
                name = DirectiveText.Tidy(text);
                break;
            }
        }

        var authority = authorities.Count > 0 ? string.Join(" / ", authorities) : null;
        var titleText = title.Count > 0 ? DirectiveText.Tidy(string.Join(' ', title)) : null;
        return authority is null && titleText is null && name is null ? null : new ParsedSigner(authority, titleText, name);
    }

    private static bool IsTitle(string text) =>
        DirectivePatterns.UpperCaseLine().IsMatch(text)
        && !DirectivePatterns.Authority().IsMatch(text)
        && text.Split(' ').Length <= 8;
}

using System.Text.RegularExpressions;

namespace FireSafety.Core.Directives;

/// <summary>Finds cited documents: kind, number and symbol, date, issuer.</summary>
internal static class DirectiveReferences
{
    /// <summary>How far before a number its kind may stand ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số …").</summary>
    private const int KindWindow = 100;

    private static readonly Dictionary<string, string> KindBySymbolCode = new(StringComparer.Ordinal)
    {
        ["KH"] = "Kế hoạch",
        ["KL"] = "Kết luận",
        ["CT"] = "Chỉ thị",
        ["NĐ"] = "Nghị định",
        ["NQ"] = "Nghị quyết",
        ["QĐ"] = "Quyết định",
        ["TT"] = "Thông tư",
        ["TTLT"] = "Thông tư liên tịch",
        ["TB"] = "Thông báo",
        ["HD"] = "Hướng dẫn",
        ["CĐ"] = "Công điện",
        ["BC"] = "Báo cáo",
        ["CTr"] = "Chương trình",
        ["ĐA"] = "Đề án",
        ["PL"] = "Pháp lệnh",
    };

    /// <summary>References in the texts, in order of first citation, one per number; later citations fill gaps.</summary>
    public static List<ParsedLegalBasis> Read(IEnumerable<string> texts, string? ownNumber)
    {
        var found = new List<ParsedLegalBasis>();
        var indexByNumber = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            var previousEnd = 0;
            foreach (Match m in DirectivePatterns.Reference().Matches(text))
            {
                var number = m.Groups["n"].Value;
                var reference = Read(text, m, previousEnd);
                previousEnd = m.Index + m.Length;
                if (string.Equals(number, ownNumber, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!indexByNumber.TryGetValue(reference.Number, out var index))
                {
                    indexByNumber[reference.Number] = found.Count;
                    found.Add(reference);
                }
                else
                {
                    var known = found[index];
                    found[index] = known with
                    {
                        Kind = known.Kind ?? reference.Kind,
                        IssuedOn = known.IssuedOn ?? reference.IssuedOn,
                        Issuer = known.Issuer ?? reference.Issuer,
                    };
                }
            }
        }

        return found;
    }

    private static ParsedLegalBasis Read(string text, Match match, int previousEnd)
    {
        var number = match.Groups["n"].Value;
        var end = match.Index + match.Length;
        DateOnly? issuedOn = null;
        var date = DirectivePatterns.DateAfterReference().Match(text, end);
        if (date.Success)
        {
            issuedOn = DirectiveText.Date(date.Groups["d"].Value, date.Groups["m"].Value, date.Groups["y"].Value);
            end = date.Index + date.Length;
        }

        string? issuer = null;
        var of = DirectivePatterns.IssuerAfterReference().Match(text, end);
        if (of.Success)
        {
            var who = of.Groups["who"].Value;
            var stop = DirectivePatterns.IssuerEnd().Match(who);
            who = DirectiveText.Tidy(stop.Success ? who[..stop.Index] : who);
            if (who.Length > 0 && char.IsUpper(who[0]) && who.Split(' ').Length <= 10)
            {
                issuer = who;
            }
        }

        return new ParsedLegalBasis(Kind(text, match.Index, previousEnd) ?? KindFromSymbol(number), DirectiveText.Tidy(number), issuedOn, issuer);
    }

    /// <summary>The last kind word between the previous reference and this number, if close enough.</summary>
    private static string? Kind(string text, int numberStart, int previousEnd)
    {
        var start = Math.Max(previousEnd, numberStart - KindWindow);
        if (start >= numberStart)
        {
            return null;
        }

        Match? last = null;
        foreach (Match m in DirectivePatterns.DocumentKind().Matches(text[start..numberStart]))
        {
            last = m;
        }

        return last is null ? null : DirectiveText.Capitalize(last.Value);
    }

    /// <summary>The kind a symbol implies: "02-KL/TW" a Kết luận, "443/KH-UBND" a Kế hoạch, "757/STP-VP" a Công văn.</summary>
    internal static string? KindFromSymbol(string number)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        var head = number[..slash];
        var dash = head.IndexOfAny(['-', '–']);
        if (dash >= 0)
        {
            return KindBySymbolCode.GetValueOrDefault(head[(dash + 1)..]);
        }

        var parts = number[(slash + 1)..].Split('/');
        var tail = parts.Length > 1 && parts[0].All(char.IsDigit) ? parts[1] : parts[0];
        var codeEnd = tail.IndexOfAny(['-', '–']);
        if (codeEnd < 0)
        {
            return null;
        }

        return KindBySymbolCode.TryGetValue(tail[..codeEnd], out var kind) ? kind : "Công văn";
    }
}

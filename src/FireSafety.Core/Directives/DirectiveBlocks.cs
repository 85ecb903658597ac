using System.Text;
using System.Text.RegularExpressions;

namespace FireSafety.Core.Directives;

/// <summary>How a body paragraph is marked: "I.", "1.", "1.1.", "a)", "(1)", "-", "+", "•", or not at all.</summary>
internal enum MarkerKind
{
    None,
    Roman,
    UpperLetter,
    Arabic,
    Decimal,
    Letter,
    Paren,
    Dash,
    Plus,
    Dot,
}

/// <summary>A body paragraph: wrapped lines joined, its marker taken off.</summary>
/// <param name="kind">The marker.</param>
/// <param name="style">The marker's style for nesting ("Decimal2" for "1.1.").</param>
/// <param name="text">The paragraph without its marker.</param>
internal sealed class Block(MarkerKind kind, string style, string text)
{
    public MarkerKind Kind { get; } = kind;

    public string Style { get; } = style;

    private StringBuilder? _more;

    public string Text { get; private set; } = text;

    /// <summary>Nesting depth from the order in which marker styles appear; -1 when unmarked.</summary>
    public int Level { get; set; } = -1;

    public bool IsMarked => Kind != MarkerKind.None;

    /// <summary>Adds a wrapped line; <see cref="Seal"/> makes the text whole (no copy per line).</summary>
    public void Append(string line) => (_more ??= new StringBuilder(Text)).Append(' ').Append(line);

    public void Seal()
    {
        if (_more is not null)
        {
            Text = _more.ToString();
            _more = null;
        }
    }
}

/// <summary>Builds paragraphs from body lines and nests them by marker style.</summary>
internal static class DirectiveBlocks
{
    public static List<Block> Build(IEnumerable<TextLine> lines)
    {
        var blocks = new List<Block>();
        Block? current = null;
        var lastLine = string.Empty;
        var blankBefore = false;
        foreach (var line in lines)
        {
            var text = line.Flat;
            if (text.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            var marked = Mark(text);
            if (marked is null && current is not null && Continues(lastLine, text, blankBefore))
            {
                current.Append(text);
            }
            else
            {
                current = marked ?? new Block(MarkerKind.None, string.Empty, text);
                blocks.Add(current);
            }

            lastLine = text;
            blankBefore = false;
        }

        foreach (var block in blocks)
        {
            block.Seal();
        }

        Nest(blocks);
        return blocks;
    }

    /// <summary>A line wrapped mid-sentence: the previous one has no end mark, or this one starts lower case.</summary>
    private static bool Continues(string previous, string next, bool blankBefore) =>
        blankBefore
            ? !DirectiveText.EndsSentence(previous) && DirectiveText.StartsLower(next)
            : !DirectiveText.EndsSentence(previous) || DirectiveText.StartsLower(next);

    /// <summary>The marker of a paragraph's first line, or null when it has none.</summary>
    public static Block? Mark(string text)
    {
        Match m;
        if ((m = DirectivePatterns.RomanItem().Match(text)).Success && m.Groups["m"].Length > 0 && m.Groups["t"].Success)
        {
            return new Block(MarkerKind.Roman, "Roman", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.DecimalItem().Match(text)).Success && m.Groups["t"].Success)
        {
            var depth = m.Groups["m"].Value.Count(c => c == '.') + 1;
            return new Block(MarkerKind.Decimal, "Decimal" + depth, m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.ArabicItem().Match(text)).Success && m.Groups["t"].Success && m.Groups["t"].Value.Trim().Length > 0)
        {
            return new Block(MarkerKind.Arabic, "Arabic", m.Groups["t"].Value.Trim());
        }

        if ((m = DirectivePatterns.LetterItem().Match(text)).Success)
        {
            return new Block(MarkerKind.Letter, "Letter", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.UpperLetterItem().Match(text)).Success)
        {
            return new Block(MarkerKind.UpperLetter, "UpperLetter", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.ParenItem().Match(text)).Success)
        {
            return new Block(MarkerKind.Paren, "Paren", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.DashItem().Match(text)).Success)
        {
            return new Block(MarkerKind.Dash, "Dash", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.PlusItem().Match(text)).Success)
        {
            return new Block(MarkerKind.Plus, "Plus", m.Groups["t"].Value);
        }

        if ((m = DirectivePatterns.DotItem().Match(text)).Success)
        {
            return new Block(MarkerKind.Dot, "Dot", m.Groups["t"].Value);
        }

        return null;
    }

    /// <summary>
    /// A style seen before closes everything opened after it (a sibling); a new style opens a
    /// level below the current one (a child). Unmarked paragraphs do not change the nesting.
    /// </summary>
    private static void Nest(List<Block> blocks)
    {
        var open = new List<string>();
        foreach (var block in blocks.Where(b => b.IsMarked))
        {
            var index = open.IndexOf(block.Style);
            if (index >= 0)
            {
                open.RemoveRange(index + 1, open.Count - index - 1);
                block.Level = index;
            }
            else
            {
                open.Add(block.Style);
                block.Level = open.Count - 1;
            }
        }
    }

    /// <summary>True when the next block is a marked child of this one.</summary>
    public static bool HasChildren(List<Block> blocks, int index)
    {
        if (index + 1 >= blocks.Count)
        {
            return false;
        }

        var block = blocks[index];
        var next = blocks[index + 1];
        return next.IsMarked && (!block.IsMarked || next.Level > block.Level);
    }
}

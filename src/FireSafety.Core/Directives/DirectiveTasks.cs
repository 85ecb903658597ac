using System.Text;
using System.Text.RegularExpressions;

namespace FireSafety.Core.Directives;

/// <summary>Who a group of tasks is for, read from its heading.</summary>
/// <param name="Heading">The heading text ("Đối với Văn phòng Sở").</param>
/// <param name="AllUnits">Every division, centre or unit.</param>
/// <param name="Lead">The one unit named, if only one.</param>
/// <param name="Coordinating">Units after "phối hợp với" in the heading.</param>
internal sealed record Audience(string? Heading, bool AllUnits, string? Lead, IReadOnlyList<string> Coordinating);

/// <summary>Finds the task items under audience headings and applies the keyword rules to each.</summary>
internal static class DirectiveTasks
{
    private const int MaxHeadingWords = 30;
    private const int MaxUnitHeadingWords = 15;

    public static List<ParsedTask> Read(List<Block> blocks, IReadOnlyList<string> addressees)
    {
        var drafts = Drafts(blocks, addressees);
        return [.. drafts.Select(d => Task(d.Text.ToString(), d.Audience))];
    }

    /// <summary>A task being collected: sub-items are appended, and the rules run once at the end.</summary>
    private sealed record Draft(StringBuilder Text, Audience Audience);

    private static List<Draft> Drafts(List<Block> blocks, IReadOnlyList<string> addressees)
    {
        var tasks = new List<Draft>();
        var anyHeading = false;
        Section? section = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (TryHeading(blocks, i, out var audience, out var inline))
            {
                anyHeading = true;
                section = new Section(audience, block.IsMarked ? block.Level : -1, allowUnmarked: true);
                if (inline.Length > 0)
                {
                    section.Add(tasks, inline);
                }

                continue;
            }

            section = section?.Take(block, tasks);
            if (section is null && block.IsMarked && SelfContained(block) is { } own)
            {
                tasks.Add(new Draft(new StringBuilder(block.Text), own));
            }
        }

        return anyHeading ? tasks : ReadWithoutHeadings(blocks, addressees);
    }

    /// <summary>
    /// A letter with no audience headings: the items after an introduction ending with ":" ("… đề
    /// nghị các Phòng thực hiện các nội dung sau:") are for whoever the introduction names.
    /// </summary>
    private static List<Draft> ReadWithoutHeadings(List<Block> blocks, IReadOnlyList<string> addressees)
    {
        var tasks = new List<Draft>();
        var intro = blocks.FindIndex(b => !b.IsMarked && b.Text.EndsWith(':'));
        if (intro < 0 || !DirectiveBlocks.HasChildren(blocks, intro))
        {
            return tasks;
        }

        var named = DirectivePatterns.IntroAudience().Match(blocks[intro].Text);
        var who = named.Success ? DirectiveText.Tidy(named.Groups["who"].Value) : addressees.Count > 0 ? string.Join("; ", addressees) : null;
        var section = new Section(AudienceFor(who, who, []), -1, allowUnmarked: false);
        for (var i = intro + 1; i < blocks.Count && section is not null; i++)
        {
            section = section.Take(blocks[i], tasks);
        }

        return tasks;
    }

    /// <summary>An item outside any audience heading that names its own lead: "2. Sở Công Thương chủ trì, phối hợp với …".</summary>
    private static Audience? SelfContained(Block block)
    {
        var leads = DirectivePatterns.LeadsAt().Match(block.Text);
        if (!leads.Success || !DirectivePatterns.UnitStart().IsMatch(leads.Groups["lead"].Value))
        {
            return null;
        }

        var lead = leads.Groups["lead"].Value;
        return AudienceFor(DirectiveText.Tidy(lead.StartsWith("Giao ", StringComparison.Ordinal) ? lead[5..] : lead), lead, []);
    }

    /// <summary>An audience heading: "Đối với …", "X chủ trì, phối hợp với …", or a unit's name over its items.</summary>
    private static bool TryHeading(List<Block> blocks, int index, out Audience audience, out string inline)
    {
        audience = null!;
        inline = string.Empty;
        var block = blocks[index];
        var text = block.Text.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = (colon >= 0 ? text[..colon] : text).Trim().TrimEnd('.', ' ');
        var rest = colon >= 0 ? text[(colon + 1)..].Trim() : string.Empty;
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var hasChildren = DirectiveBlocks.HasChildren(blocks, index);
        if (words == 0 || words > MaxHeadingWords || !(hasChildren || colon >= 0))
        {
            return false;
        }

        var forWhom = DirectivePatterns.ForAudience().Match(head);
        if (forWhom.Success)
        {
            audience = AudienceFor(head, forWhom.Groups["who"].Value, Coordinating(head));
            inline = rest;
            return true;
        }

        // A heading that leads items ("Văn phòng Sở chủ trì, phối hợp với …:"), not an item itself.
        var leads = DirectivePatterns.LeadsAt().Match(head);
        if (leads.Success && DirectivePatterns.UnitStart().IsMatch(leads.Groups["lead"].Value) && (hasChildren || (colon >= 0 && rest.Length == 0)))
        {
            audience = AudienceFor(head, leads.Groups["lead"].Value, Coordinating(head));
            inline = rest;
            return true;
        }

        if (hasChildren && block.IsMarked && words <= MaxUnitHeadingWords && rest.Length == 0 && DirectivePatterns.UnitStart().IsMatch(head))
        {
            audience = AudienceFor(head, head, Coordinating(head));
            return true;
        }

        return false;
    }

    private static Audience AudienceFor(string? heading, string? who, IReadOnlyList<string> coordinating)
    {
        if (who is null)
        {
            return new Audience(heading is null ? null : DirectiveText.Tidy(heading), false, null, coordinating);
        }

        who = DirectiveText.Tidy(who).TrimEnd(':', '.', ';', ',', ' ');
        if (who.StartsWith("Giao ", StringComparison.Ordinal))
        {
            who = who[5..];
        }

        var allUnits = DirectivePatterns.AllUnits().IsMatch(who);
        var units = SplitUnits(who);
        var lead = !allUnits && units.Count == 1 && DirectivePatterns.UnitStart().IsMatch(who) ? who : null;
        return new Audience(heading is null ? null : DirectiveText.Tidy(heading).TrimEnd(':', '.', ' '), allUnits, lead, coordinating);
    }

    private static List<string> Coordinating(string text)
    {
        // A real task names its coordinating units in its first sentences; scanning a runaway
        // paragraph whole only risks the regex time-out.
        const int MaxScanned = 4000;
        var m = DirectivePatterns.Coordinates().Match(text.Length > MaxScanned ? text[..MaxScanned] : text);
        if (!m.Success)
        {
            return [];
        }

        var list = m.Groups["co"].Value;
        var end = DirectivePatterns.CoordinationEnd().Match(list);
        return SplitUnits(end.Success ? list[..end.Index] : list);
    }

    /// <summary>
    /// "Sở Xây dựng, Công an tỉnh và các sở, ngành liên quan" → three units; a name with commas
    /// or "và" inside ("Sở Văn hóa, Thể thao và Du lịch", "các Phòng, Trung tâm") stays whole.
    /// </summary>
    internal static List<string> SplitUnits(string text)
    {
        var units = new List<string>();
        var start = 0;
        foreach (Match separator in DirectivePatterns.UnitSeparator().Matches(text))
        {
            var part = text[start..separator.Index];
            var isComma = separator.Value.StartsWith(',');
            if (isComma && IsPlural(part))
            {
                continue;
            }

            AddUnit(units, part);
            start = separator.Index + separator.Length;
        }

        AddUnit(units, text[start..]);
        return units;
    }

    private static bool IsPlural(string part) =>
        part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Any(w => w is "các" or "Các");

    private static void AddUnit(List<string> units, string part)
    {
        var unit = DirectiveText.Tidy(part).Trim(',', ';', '.', ':', ' ');
        if (unit.StartsWith("với ", StringComparison.Ordinal))
        {
            unit = unit[4..];
        }

        if (unit.Length > 0)
        {
            units.Add(unit);
        }
    }

    internal static ParsedTask Task(string text, Audience audience)
    {
        text = DirectiveText.Tidy(text);
        if (text.EndsWith("./.", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        text = text.TrimEnd(';', ',', ' ');
        string? lead = null;
        var leads = DirectivePatterns.LeadsAt().Match(text);
        if (leads.Success && DirectivePatterns.UnitStart().IsMatch(leads.Groups["lead"].Value))
        {
            lead = DirectiveText.Tidy(leads.Groups["lead"].Value);
            if (lead.StartsWith("Giao ", StringComparison.Ordinal))
            {
                lead = lead[5..];
            }
        }

        var coordinating = Coordinating(text);
        return new ParsedTask(
            text,
            audience.Heading,
            audience.AllUnits && lead is null,
            lead ?? audience.Lead,
            coordinating.Count > 0 ? coordinating : audience.Coordinating,
            Categories(text),
            Recurrence(text),
            DueOn(text));
    }

    internal static List<TaskCategory> Categories(string text)
    {
        var categories = new List<TaskCategory>();
        var incidentText = DirectivePatterns.FieldNames().Replace(text, " ");
        Add(categories, TaskCategory.Dissemination, DirectivePatterns.Dissemination().IsMatch(text));
        Add(categories, TaskCategory.SelfInspection, DirectivePatterns.SelfInspection().IsMatch(text));
        Add(categories, TaskCategory.Equipment, DirectivePatterns.Equipment().IsMatch(text));
        Add(categories, TaskCategory.IncidentResponse, DirectivePatterns.IncidentResponse().IsMatch(incidentText));
        Add(categories, TaskCategory.ResponsePlan, DirectivePatterns.ResponsePlan().IsMatch(text));
        Add(categories, TaskCategory.RiskPoints, DirectivePatterns.RiskPoints().IsMatch(text));
        Add(categories, TaskCategory.Reporting, DirectivePatterns.Reporting().IsMatch(text));
        Add(categories, TaskCategory.Training, DirectivePatterns.Training().IsMatch(text));
        if (categories.Count == 0)
        {
            categories.Add(TaskCategory.Other);
        }

        return categories;
    }

    private static void Add(List<TaskCategory> categories, TaskCategory category, bool matches)
    {
        if (matches)
        {
            categories.Add(category);
        }
    }

    /// <summary>The first rhythm stated.</summary>
    internal static Recurrence? Recurrence(string text)
    {
        var m = DirectivePatterns.RecurrenceWords().Match(text);
        if (!m.Success)
        {
            return null;
        }

        return m.Groups["y"].Success ? Directives.Recurrence.Yearly
            : m.Groups["q"].Success ? Directives.Recurrence.Quarterly
            : Directives.Recurrence.Monthly;
    }

    /// <summary>The first full date after "trước ngày", "chậm nhất ngày", …; a date without a year is no due date.</summary>
    internal static DateOnly? DueOn(string text)
    {
        foreach (Match m in DirectivePatterns.DueDate().Matches(text))
        {
            var date = DirectiveText.Date(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
            if (date is not null)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The items under one audience heading, collected block by block.</summary>
    private sealed class Section(Audience audience, int level, bool allowUnmarked)
    {
        private int? _taskLevel;
        private bool _unmarkedStyle;
        private Draft? _current;

        public void Add(List<Draft> tasks, string text)
        {
            _current = new Draft(new StringBuilder(text), audience);
            tasks.Add(_current);
        }

        private void Append(string text) => _current!.Text.Append(' ').Append(text);

        /// <summary>Takes the block into this section; null when the block ends the section.</summary>
        public Section? Take(Block block, List<Draft> tasks)
        {
            if (block.IsMarked)
            {
                if (level >= 0 && block.Level <= level)
                {
                    return null;
                }

                if (_unmarkedStyle || _taskLevel is null || block.Level <= _taskLevel || _current is null)
                {
                    _unmarkedStyle = false;
                    _taskLevel = block.Level;
                    Add(tasks, block.Text);
                }
                else
                {
                    Append(block.Text);
                }

                return this;
            }

            if (_current is not null && DirectiveText.StartsLower(block.Text))
            {
                Append(block.Text);
                return this;
            }

            var closing = DirectivePatterns.Closing().IsMatch(block.Text);
            if (allowUnmarked && !closing && (_unmarkedStyle || _current is null))
            {
                _unmarkedStyle = true;
                Add(tasks, block.Text);
                return this;
            }

            return null;
        }
    }
}

namespace FireSafety.Core.Inspections;

/// <summary>The rules of checklist revisions: published ones are frozen; changes go into a new draft.</summary>
public static class TemplateVersioning
{
    public const string PublishedIsFrozen = "Bộ tiêu chí đã ban hành không sửa trực tiếp được; hãy tạo phiên bản mới.";
    public const string OnlyDraftsPublish = "Chỉ phiên bản nháp mới ban hành được.";
    public const string EmptyTemplate = "Bộ tiêu chí phải có ít nhất một tiêu chí.";

    /// <summary>
    /// The code of a new item in a section: the section's letter and the next number never used
    /// in any revision of the checklist, so a removed item's code is not given to another item
    /// (findings carry over by code).
    /// </summary>
    public static string NextItemCode(string sectionCode, IEnumerable<string> codesEverUsed)
    {
        ArgumentNullException.ThrowIfNull(sectionCode);
        ArgumentNullException.ThrowIfNull(codesEverUsed);
        var highest = codesEverUsed
            .Where(c => c.Length > sectionCode.Length && c.StartsWith(sectionCode, StringComparison.Ordinal))
            .Select(c => int.TryParse(c.AsSpan(sectionCode.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return sectionCode + (highest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Moves an item one place up (<paramref name="delta"/> −1) or down (+1) within its section and
    /// renumbers the section 1..n. False when the item is not in the section or already at that end.
    /// </summary>
    public static bool Move(ChecklistSection section, int itemId, int delta)
    {
        ArgumentNullException.ThrowIfNull(section);
        var items = section.Items.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var index = items.FindIndex(i => i.Id == itemId);
        var target = index + Math.Sign(delta);
        if (index < 0 || delta == 0 || target < 0 || target >= items.Count)
        {
            return false;
        }

        (items[index], items[target]) = (items[target], items[index]);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].SortOrder = i + 1;
        }

        return true;
    }

    public static bool CanEdit(ChecklistTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Status == TemplateStatus.Draft;
    }

    /// <summary>
    /// A draft copy of <paramref name="source"/> with the next revision number (sections and items
    /// copied with new identities; codes kept so findings carry over between revisions).
    /// </summary>
    public static ChecklistTemplate NewRevision(ChecklistTemplate source, int latestRevision, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ChecklistTemplate
        {
            Code = source.Code,
            Name = source.Name,
            Revision = Math.Max(latestRevision, source.Revision) + 1,
            Status = TemplateStatus.Draft,
            CreatedAtUtc = nowUtc,
            Sections = [.. source.Sections.OrderBy(s => s.SortOrder).Select(s => new ChecklistSection
            {
                Code = s.Code,
                Title = s.Title,
                TitleEn = s.TitleEn,
                SortOrder = s.SortOrder,
                Items = [.. s.Items.OrderBy(i => i.SortOrder).Select(i => new ChecklistItem
                {
                    Code = i.Code,
                    Text = i.Text,
                    TextEn = i.TextEn,
                    LegalBasis = i.LegalBasis,
                    Severity = i.Severity,
                    SortOrder = i.SortOrder,
                })],
            })],
        };
    }

    /// <summary>
    /// Publishes <paramref name="draft"/> and retires the revisions it replaces. Returns the refusal
    /// message, or null when done.
    /// </summary>
    public static string? Publish(ChecklistTemplate draft, IEnumerable<ChecklistTemplate> sameCode, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(sameCode);
        if (draft.Status != TemplateStatus.Draft)
        {
            return OnlyDraftsPublish;
        }

        if (!draft.Items.Any())
        {
            return EmptyTemplate;
        }

        foreach (var other in sameCode.Where(t => !ReferenceEquals(t, draft) && t.Status == TemplateStatus.Published))
        {
            other.Status = TemplateStatus.Retired;
        }

        draft.Status = TemplateStatus.Published;
        draft.PublishedAtUtc = nowUtc;
        return null;
    }
}

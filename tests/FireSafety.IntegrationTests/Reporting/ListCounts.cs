using System.Globalization;
using AngleSharp.Dom;

namespace FireSafety.IntegrationTests.Reporting;

/// <summary>
/// How a test reads the count a list shows, to hold a linked figure (annual summary, dashboard) to
/// the list it opens: the task board's counts, the incident totals, a stated sum, or the pager.
/// </summary>
internal static class ListCounts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The count a list shows for a figure keyed family/name: the incident totals, the task board's counts, a stated sum, or the pager's total.</summary>
    public static long Of(string key, string href, IDocument list)
    {
        var query = new Uri("https://x" + href).Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty);
        if (key.StartsWith("incidents/", StringComparison.Ordinal))
        {
            var figure = key["incidents/".Length..];
            var total = figure switch
            {
                "deaths" or "injured" or "rescued" => figure,
                "property-lost" => "lost",
                "property-saved" => "saved",
                _ when figure.StartsWith("cause-", StringComparison.Ordinal) => null,
                _ => "count",
            };
            return total is null
                ? Number(list.QuerySelector($"[data-testid=totals-by-cause] tr[data-cause='{figure["cause-".Length..]}'] td:nth-child(2)")!.TextContent)
                : Number(list.QuerySelector($"[data-testid=total-{total}]")!.TextContent);
        }

        if (key.StartsWith("tasks/", StringComparison.Ordinal))
        {
            var counts = list.QuerySelectorAll("[data-testid=task-counts] a").Where(a => a.GetAttribute("data-testid") != "count-Submitted")
                .ToDictionary(a => a.GetAttribute("data-testid")!, a => Number(a.QuerySelector("[data-testid=count-value]")!.TextContent));
            return query.TryGetValue("status", out var status) ? counts[$"count-{status}"] : counts.Values.Sum();
        }

        // Sums, not counts: the list states its own total of them.
        if (key is "plans/participants" or "dissemination/attendees")
        {
            return Number(list.QuerySelector(key == "plans/participants" ? "[data-testid=participants]" : "[data-testid=attendees-total]")!.TextContent);
        }

        return Total(list);
    }

    /// <summary>The pager's total; a list without a pager must say it is empty.</summary>
    public static long Total(IDocument list)
    {
        if (list.QuerySelector("[data-testid=pager-summary]") is { } pager)
        {
            return long.Parse(pager.GetAttribute("data-total")!, Invariant);
        }

        Assert.NotNull(list.QuerySelector("[data-testid=empty]"));
        return 0;
    }

    /// <summary>A number as the pages write it (Vietnamese thousands separator ".").</summary>
    public static long Number(string text) => long.Parse(text.Trim().Replace(".", string.Empty, StringComparison.Ordinal), Invariant);
}

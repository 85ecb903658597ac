using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using FireSafety.Core.Users;
using FireSafety.TestSupport;

namespace FireSafety.IntegrationTests.Security;

/// <summary>
/// Every POST form a role can open: the pages of docs/permissions.md the role may GET (placeholders
/// filled with the UnitHead's own records), each post form on them and each submit button with its
/// own <c>formaction</c>. Each target is named by page path and handler, so it can be matched
/// against the POST handlers of the endpoint list.
/// </summary>
public sealed partial class FormWalker(FireSafetyFactory factory)
{
    public sealed record FormTarget(string PageUrl, string Action, string Key, int FormIndex);

    /// <summary>All POST targets reachable by <paramref name="account"/>'s forms (by page path + handler).</summary>
    public async Task<List<FormTarget>> TargetsAsync(PageClient client, DemoAccounts.Account account, List<AppPage> pages)
    {
        var placeholders = await PermissionsMatrixTests.PlaceholdersAsync(factory);
        var column = Array.IndexOf(["Admin", "Office", "Leader", "UnitHead"], account.Role);
        var targets = new List<FormTarget>();
        foreach (var row in PermissionsMatrixTests.Matrix().Where(r => r.Cells[column] is "✓" or "own" && !r.Page.Contains("handler=", StringComparison.Ordinal)))
        {
            var url = placeholders.Aggregate(row.Page, (u, p) => u.Replace(p.Key, p.Value, StringComparison.Ordinal));
            var response = await client.Http.GetAsync(url);
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                continue;
            }

            var document = await response.DocumentAsync();
            var forms = document.Forms.ToList();
            for (var i = 0; i < forms.Count; i++)
            {
                var form = forms[i];
                if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase) || form.GetAttribute("data-testid") == "culture-switch"
                    || form.GetAttribute("action")?.Contains("/Account/Logout", StringComparison.OrdinalIgnoreCase) == true)
                {
                    continue;
                }

                var actions = new List<string> { Resolve(url, form.GetAttribute("action")) };
                actions.AddRange(form.QuerySelectorAll("[formaction]").Select(b => Resolve(url, b.GetAttribute("formaction"))));
                foreach (var action in actions.Distinct())
                {
                    if (KeyOf(action, pages) is { } key && !targets.Any(t => t.Key == key))
                    {
                        targets.Add(new FormTarget(url, action, key, i));
                    }
                }
            }
        }

        return targets;
    }

    /// <summary>"/Facilities/Edit" or "/Tasks/Details?handler=Progress" for a form action URL.</summary>
    public static string? KeyOf(string action, List<AppPage> pages)
    {
        var uri = new Uri(new Uri("https://localhost"), action);
        var path = uri.AbsolutePath.TrimEnd('/');
        var handler = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue("handler", out var h) ? h.ToString() : null;
        foreach (var page in pages)
        {
            var pattern = "^/" + RouteParameter().Replace(Regex.Escape(page.Route).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "$";
            if (Regex.IsMatch(path, pattern) || Regex.IsMatch(path + "/Index", pattern) || (path.Length == 0 && page.Route == "Index"))
            {
                return PageHandlers.Describe(page.Path, string.IsNullOrEmpty(handler) ? null : handler);
            }
        }

        return null;
    }

    /// <summary>Expected keys: every POST handler of every page the sign-in does not cover.</summary>
    public static IEnumerable<string> PostHandlerKeys(List<AppPage> pages) =>
        pages.SelectMany(p => p.PostHandlers.Select(h => PageHandlers.Describe(p.Path, h.Name)));

    /// <summary>The form's current values (as a browser would send them), from the target's page.</summary>
    /// <returns>Null when an earlier post moved the record on (the page or its form is gone).</returns>
    public static async Task<(IHtmlFormElement Form, List<KeyValuePair<string, string>> Values)?> FormAsync(PageClient client, FormTarget target)
    {
        var response = await client.Http.GetAsync(target.PageUrl);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            return null;
        }

        var document = await response.DocumentAsync();
        if (document.Forms.ElementAtOrDefault(target.FormIndex) is not IHtmlFormElement form
            || !(Resolve(target.PageUrl, form.GetAttribute("action")) == target.Action || form.QuerySelectorAll("[formaction]").Any(b => Resolve(target.PageUrl, b.GetAttribute("formaction")) == target.Action)))
        {
            return null;
        }

        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        values.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    if ((select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault(o => o.Value.Length > 0)) is { } option)
                    {
                        values.Add(new(select.Name, option.Value));
                    }

                    break;
            }
        }

        return (form, values);
    }

    /// <summary>Names of the free-text fields of a form (text-like inputs and text areas).</summary>
    public static HashSet<string> TextFields(IHtmlFormElement form) =>
        [.. form.Elements.Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement i && i.Type is "text" or "search" or "email" or "tel" or "url" or "password"))
            .Select(e => e.GetAttribute("name") ?? string.Empty).Where(n => n.Length > 0)];

    /// <summary>Number, date and date-time inputs and drop-down lists of a form (name → "number", "date", "datetime-local" or "select").</summary>
    public static Dictionary<string, string> NumberDateAndChoiceFields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            var kind = element switch
            {
                IHtmlInputElement input when input.Type is "number" or "date" or "datetime-local" => input.Type,
                IHtmlSelectElement => "select",
                _ => null,
            };
            if (!string.IsNullOrEmpty(name) && kind is not null)
            {
                fields.TryAdd(name, kind);
            }
        }

        return fields;
    }

    private static string Resolve(string pageUrl, string? action) =>
        string.IsNullOrEmpty(action) ? pageUrl : new Uri(new Uri(new Uri("https://localhost"), pageUrl), action).PathAndQuery;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}

using AngleSharp.Html.Dom;
using FireSafety.TestSupport;

namespace FireSafety.IntegrationTests.Reliability;

/// <summary>
/// Posts a form of a page read earlier, as a browser tab left open would: its hidden version and
/// antiforgery token as they were when the page was read, with some fields changed.
/// </summary>
internal static class StaleForm
{
    /// <summary>
    /// The form's current values (file inputs and buttons left out, every selected option of a
    /// select), <paramref name="fields"/> in place of theirs, posted to the form's action or, for a
    /// form that posts to its own page, to <paramref name="pageUrl"/>.
    /// </summary>
    public static Task<HttpResponseMessage> PostAsync(PageClient client, IHtmlFormElement form, IReadOnlyDictionary<string, string> fields, string? pageUrl)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button" or "file"):
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl ?? throw new InvalidOperationException("The form posts to its page: pass the page's url") : action;
        return client.Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(values));
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FireSafety.Core.Users;

namespace FireSafety.TestSupport;

/// <summary>
/// Drives the app like a browser: GET a page, fill its form (with the antiforgery token the page
/// rendered), POST it, and read the redirect.
/// </summary>
public sealed class PageClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}", null, response.StatusCode);
        }

        return await Parser.ParseDocumentAsync(html);
    }

    public static Task<IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);

    /// <summary>
    /// GETs <paramref name="url"/>, takes the form (the first with method post, or the one matching
    /// <paramref name="formSelector"/>), overrides its fields with <paramref name="fields"/> and posts it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string?> fields, string? formSelector = null)
    {
        var document = await GetDocumentAsync(url);
        var form = (formSelector is null
            ? document.Forms.FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && f.GetAttribute("data-testid") != "culture-switch" && !IsLogoutForm(f))
            : document.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form on {url}");
        var values = FormValues(form);
        foreach (var (key, value) in fields)
        {
            values.RemoveAll(v => v.Key == key);
            if (value is not null)
            {
                values.Add(new(key, value));
            }
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action;
        return await Http.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// GETs <paramref name="url"/>, takes the form matching <paramref name="formSelector"/> (its
    /// fields, token and action), overrides <paramref name="fields"/> and posts it as multipart with
    /// <paramref name="files"/> under the field name "Files" (PNG).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(string url, string formSelector, IDictionary<string, string?> fields, params (string Name, byte[] Bytes)[] files)
    {
        var document = await GetDocumentAsync(url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        var values = FormValues(form);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in values.Where(v => !fields.ContainsKey(v.Key) && v.Key != "Files"))
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (key, value) in fields.Where(f => f.Value is not null))
        {
            content.Add(new StringContent(value!), key);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            content.Add(file, "Files", name);
        }

        var action = form.GetAttribute("action");
        return await Http.PostAsync(string.IsNullOrEmpty(action) ? url : action, content);
    }

    /// <summary>Posts raw fields to <paramref name="url"/> with a valid antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string?> fields, string? tokenPage = null)
    {
        var document = await GetDocumentAsync(tokenPage ?? url);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the page");
        var values = fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).ToList();
        values.Add(new("__RequestVerificationToken", token));
        return await Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>Signs in through the login page (and the two-factor page when asked), as a person would.</summary>
    public async Task SignInAsync(string email, string password, string? authenticatorKey = null)
    {
        var response = await SubmitAsync("/Account/Login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Sign-in of {email} failed with {(int)response.StatusCode}: {ExtractAlert(body)}");
        }

        if (response.Headers.Location?.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal) == true)
        {
            var key = authenticatorKey ?? throw new InvalidOperationException($"{email} needs a two-factor code");
            var code = Totp.Code(key, DateTimeOffset.UtcNow);
            var second = await SubmitAsync(response.Headers.Location.OriginalString, new Dictionary<string, string?> { ["Input.Code"] = code });
            if (second.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Two-factor sign-in of {email} failed with {(int)second.StatusCode}");
            }
        }
    }

    public Task SignInAsync(DemoAccounts.Account account) =>
        SignInAsync(account.Email, account.Password, account.Role == Roles.Admin ? TestDatabase.AdminAuthenticatorKey : null);

    private static bool IsLogoutForm(IHtmlFormElement form) =>
        form.GetAttribute("action")?.EndsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase) == true;

    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            values.Add(new(input.Name, input.Value));
                        }
                    }
                    else
                    {
                        values.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected);
                    if (selected is not null)
                    {
                        values.Add(new(select.Name, selected.Value));
                    }

                    break;
            }
        }

        return values;
    }

    private static string ExtractAlert(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelector(".alert")?.TextContent.Trim() ?? html[..Math.Min(500, html.Length)];
    }
}

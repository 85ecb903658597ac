using System.Net;
using AngleSharp.Html.Dom;

namespace FireSafety.TestSupport;

public static class HttpAssertions
{
    public static async Task<IHtmlDocument> DocumentAsync(this HttpResponseMessage response) =>
        await PageClient.ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The validation message shown next to a field (in the field's container), or null.</summary>
    public static string? FieldError(this IHtmlDocument document, string field)
    {
        var input = document.QuerySelector($"[name='{field}']:not([type=hidden])") ?? document.QuerySelector($"[name='{field}']");
        var message = input?.ParentElement?.QuerySelector(".field-validation-error");
        return message?.TextContent.Trim() is { Length: > 0 } text ? text : null;
    }

    public static string RedirectTarget(this HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            ? response.Headers.Location?.OriginalString ?? string.Empty
            : throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}");
}

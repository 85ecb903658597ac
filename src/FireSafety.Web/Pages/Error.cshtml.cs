using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FireSafety.Web.Pages;

/// <summary>The production error page: a correlation id, never a stack trace or SQL.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string CorrelationId { get; private set; } = string.Empty;

    public void OnGet() => Handle();

    public void OnPost() => Handle();

    private void Handle()
    {
        CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (error is not null)
        {
            logger.LogError(error.Error, "Unhandled error on {Path}; correlation id {CorrelationId}", error.Path, CorrelationId);
        }
    }
}

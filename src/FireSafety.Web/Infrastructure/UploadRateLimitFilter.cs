using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FireSafety.Web.Infrastructure;

/// <summary>
/// Counts uploads per signed-in user: only posts that carry a file. Checklist answers are
/// multipart forms too (htmx sends the item's file field even when it is empty), so counting by
/// content type stopped a unit head answering more than 30 items a minute; here the form has been
/// read (within the request size limits) and the count happens before any file is stored or
/// sanitised, which is the costly work an abuser would repeat.
/// </summary>
public sealed class UploadRateLimitFilter(UploadRateLimiter limiter) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The refusal's own status page re-runs the request; it is not a second upload.
        if (RateLimits.IsUpload(http.Request) && http.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            var partition = "upload:" + (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.Connection.RemoteIpAddress?.ToString() ?? "local");
            using var lease = limiter.Limiter.AttemptAcquire(partition);
            if (!lease.IsAcquired)
            {
                if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }
        }

        await next();
    }
}

/// <summary>The per-user upload allowance (one per host).</summary>
public sealed class UploadRateLimiter(SecurityOptions security) : IDisposable
{
    public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
        key,
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = security.UploadRequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Dispose() => Limiter.Dispose();
}

using System.Diagnostics;
using GraphRelations.Graph;
using Microsoft.AspNetCore.Diagnostics;

namespace GraphRelations.Api.Extensions;

/// <summary>Every error is an RFC 9457 problem-details body; none ever carries a stack trace or exception message.</summary>
internal static class ProblemDetailsExtensions
{
    private const string RetryAfterSeconds = "5";

    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.TryAdd(
                "traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType
                && !context.ProblemDetails.Extensions.ContainsKey("errors"))
            {
                // Routing refuses a body that is not of an accepted media type before any handler runs; name the header.
                const string detail = "The body must be of a media type this endpoint accepts (text/plain for documents).";
                context.ProblemDetails.Detail ??= detail;
                context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [detail] };
            }

            if (context.Exception is StoreUnavailableException unavailable)
            {
                // Nothing was acknowledged; the same request succeeds (or changes nothing) once the store takes writes again.
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
                context.ProblemDetails.Title = "Service Unavailable";
                context.ProblemDetails.Detail = $"The graph store cannot accept writes right now ({unavailable.Reason}); nothing was stored. Retry later.";
                context.ProblemDetails.Extensions.Remove("exception");
                return;
            }

            if (context.Exception is not null && context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError)
            {
                // The developer exception page would add the exception; the caller gets only the trace id to quote.
                context.ProblemDetails.Detail = "An unexpected error occurred; the trace id identifies it in the service's log.";
                context.ProblemDetails.Extensions.Remove("exception");
            }
        });

    public static IApplicationBuilder UseApiExceptionHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                OperationCanceledException => StatusCodes.Status499ClientClosedRequest,
                StoreUnavailableException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        // Responses that end with an error status and no body (e.g. an unmatched route) still get a problem body.
        app.UseStatusCodePages();
        return app;
    }
}

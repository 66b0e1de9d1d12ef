using GraphRelations.Api.Problems;

namespace GraphRelations.Api.Security;

/// <summary>
/// Refuses a write that a browser made on behalf of another site. Browsers label every request with
/// <c>Sec-Fetch-Site</c> and every cross-origin POST with <c>Origin</c>; tools like curl send neither. The service
/// sends no CORS headers, so no other origin can read an answer either.
/// </summary>
internal sealed class CrossSiteWriteFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
        {
            return Refuse("Sec-Fetch-Site", $"A write from another site (Sec-Fetch-Site: {fetchSite}) is refused.");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("Origin", "A write from another origin is refused.");
        }

        return await next(context);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refuse(string header, string detail) =>
        ApiProblems.Problem(StatusCodes.Status403Forbidden, "Forbidden", header, detail);
}

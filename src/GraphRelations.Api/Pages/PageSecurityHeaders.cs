namespace GraphRelations.Api.Pages;

/// <summary>
/// Locks the pages down to their own scripts and styles and this service's API: even if some text slipped into the
/// DOM as markup, no inline script or outside resource would run.
/// </summary>
internal static class PageSecurityHeaders
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/scalar") && !path.StartsWithSegments("/openapi"))
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
}

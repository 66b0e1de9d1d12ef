using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace GraphRelations.Api.Caching;

/// <summary>
/// Conditional reads: a strong ETag made of the store's version (which changes only when a document is written,
/// replaced or deleted) and this build of the service, so a client that sends it back in If-None-Match gets
/// 304 without the query running. <c>Cache-Control: no-cache</c> lets clients keep a response but ask each time.
/// The version is read before the query, so a response is never older than its ETag says.
/// </summary>
internal sealed class StoreETagFilter : IEndpointFilter
{
    private const string CacheControl = "no-cache";

    // A new build may shape responses differently: its ETags must not match the old build's.
    private static readonly string Build = typeof(StoreETagFilter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var etag = For(await StoreVersion.OfRequestAsync(http));
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Count > 0 && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            Stamp(http.Response, etag);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context);
        // Stamped before the result executes (not when the response starts), so the response cache, which takes the
        // headers as the body begins, keeps the ETag with the body.
        if (IsOk(result))
        {
            Stamp(http.Response, etag);
        }

        return result;
    }

    private static bool IsOk(object? result) =>
        (result is INestedHttpResult nested ? nested.Result : result) switch
        {
            IStatusCodeHttpResult { StatusCode: null or StatusCodes.Status200OK } => true,
            IResult => false,
            _ => true, // a plain value is serialized as 200
        };

    private static EntityTagHeaderValue For(string storeVersion)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{storeVersion}|{Build}"));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"");
    }

    private static void Stamp(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.GetTypedHeaders().ETag = etag;
        response.Headers.CacheControl = CacheControl;
    }
}

internal static class StoreETagFilterExtensions
{
    /// <summary>Answers If-None-Match with 304 while the store is unchanged; stamps 200 responses with the ETag.</summary>
    public static TBuilder WithStoreETag<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, StoreETagFilter>();
}

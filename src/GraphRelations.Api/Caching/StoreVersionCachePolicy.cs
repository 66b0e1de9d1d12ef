using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace GraphRelations.Api.Caching;

/// <summary>
/// Caches successful GET/HEAD read responses per (store version, path, query). The version is read on every
/// request, so a document committed before a read began (a POST that answered 201) is always in that read's answer:
/// there is no window in which an older body can be served. Errors (400, 404, problem details) are never stored.
/// </summary>
internal sealed class StoreVersionCachePolicy : IOutputCachePolicy
{
    public const string Name = "store-version";

    private const string VersionKey = "store";

    public static StoreVersionCachePolicy Instance { get; } = new();

    private StoreVersionCachePolicy()
    {
    }

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var read = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = read;
        context.AllowCacheStorage = read;
        // Concurrent first requests for one URL wait for one query instead of all running it.
        context.AllowLocking = true;
        if (!read)
        {
            return;
        }

        // Every query parameter (keys case-insensitively, sorted) is part of the key, as binding reads them.
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[VersionKey] = await StoreVersion.OfRequestAsync(context.HttpContext);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

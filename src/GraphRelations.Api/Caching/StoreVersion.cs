using GraphRelations.Graph;

namespace GraphRelations.Api.Caching;

/// <summary>
/// The store version as this request first saw it, read once: the response cache keys on it and the ETag is made of
/// it, so both name the same snapshot and a cached body always carries the ETag of the version it was stored under.
/// </summary>
internal static class StoreVersion
{
    private static readonly object ItemKey = new();

    public static async ValueTask<string> OfRequestAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var seen) && seen is string version)
        {
            return version;
        }

        version = await http.RequestServices.GetRequiredService<IGraphStore>().GetVersionAsync(http.RequestAborted);
        http.Items[ItemKey] = version;
        return version;
    }
}

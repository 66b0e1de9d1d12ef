using System.Collections.Concurrent;

namespace GraphRelations.Graph.Reading;

/// <summary>
/// Aggregates that cost a pass over the archive (topic counts, people, page anchors, novelty), kept for one store
/// version: any committed write gives a new version, and the first read that sees it starts an empty cache.
/// Never holds pages themselves, so a page's cost still follows the page. Bounded, since filters are open-ended.
/// </summary>
internal sealed class StoreReadCache(int capacity = 512)
{
    private sealed record Generation(string Version, ConcurrentDictionary<string, object> Entries);

    private Generation _current = new(string.Empty, new ConcurrentDictionary<string, object>(StringComparer.Ordinal));

    public async Task<T> GetOrComputeAsync<T>(string version, string key, Func<Task<T>> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        var generation = Volatile.Read(ref _current);
        if (generation.Version != version)
        {
            // Two readers may race to start the same version; either's empty cache will do.
            var fresh = new Generation(version, new ConcurrentDictionary<string, object>(StringComparer.Ordinal));
            generation = Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : Volatile.Read(ref _current);
        }

        if (generation.Version == version && generation.Entries.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        // Computed by the caller inside its own read, so the value belongs to the version that read saw.
        var value = await compute().ConfigureAwait(false);
        if (generation.Version == version && generation.Entries.Count < capacity)
        {
            generation.Entries.TryAdd(key, value);
        }

        return value;
    }
}

namespace GraphRelations.Api.Caching;

/// <summary>
/// The in-memory cache of read responses (section <c>Api:ResponseCache</c>). Entries are keyed by the store version,
/// so an ingested document makes every older entry unreachable at once; the bound keeps memory fixed however many
/// distinct URLs are asked for.
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "Api:ResponseCache";

    /// <summary>Off: every read runs its query (to measure the uncached cost, or to save the memory).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory the cached bodies and headers may take altogether; past it nothing new is cached until entries leave.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>A larger response is served but not kept, so one big answer cannot push out many small ones.</summary>
    public int MaximumResponseKilobytes { get; set; } = 1024;

    /// <summary>How long an entry is kept; entries of an older store version are never served, this only frees their memory.</summary>
    public int ExpirationSeconds { get; set; } = 300;
}

namespace GraphRelations.Graph.Embedded;

/// <summary>Where the embedded store keeps its file (configuration section <c>GraphStore</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "GraphStore";

    /// <summary>Path of the SQLite file; relative paths resolve against the working directory.</summary>
    public string EmbeddedPath { get; set; } = "data/graphrelations.db";

    /// <summary>Whether the host applies schema and reference data when it starts (see <see cref="GraphStoreInitializer"/>).</summary>
    public bool InitializeOnStart { get; set; } = true;

    /// <summary>
    /// How long start-up waits, retrying with back-off, for a store server that does not answer yet (Neo4j starting beside the
    /// service); then the service stops with exit code 1. A local file that cannot be opened is not retried.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

namespace GraphRelations.Graph.Embedded;

/// <summary>Where the embedded store keeps its file (configuration section <c>GraphStore</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "GraphStore";

    /// <summary>Path of the SQLite file; relative paths resolve against the working directory.</summary>
    public string EmbeddedPath { get; set; } = "data/graphrelations.db";

    /// <summary>Whether the host applies schema and reference data when it starts (see <see cref="GraphStoreInitializer"/>).</summary>
    public bool InitializeOnStart { get; set; } = true;
}

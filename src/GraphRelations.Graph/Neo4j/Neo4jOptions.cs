namespace GraphRelations.Graph.Neo4j;

/// <summary>Where and as whom to reach Neo4j's HTTP Query API (configuration section <c>Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP endpoint, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    /// <summary>From configuration or secrets; never logged and never put in exception messages.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>How many times a document write is retried when Neo4j reports a transient error (e.g. a deadlock).</summary>
    public int TransientRetries { get; set; } = 3;
}

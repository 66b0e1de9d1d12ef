namespace GraphRelations.Graph.Neo4j;

/// <summary>Neo4j refused the configured credentials (HTTP 401/403). The message names the user, never the password.</summary>
public sealed class Neo4jAuthenticationException(string message) : Exception(message);

/// <summary>Neo4j rejected a statement; <see cref="Code"/> is Neo4j's status code, e.g. Neo.ClientError.Statement.SyntaxError.</summary>
public sealed class Neo4jQueryException(string code, string neo4jMessage, string? query)
    : Exception($"Neo4j error {code} in {query ?? "request"}: {neo4jMessage}")
{
    public string Code { get; } = code;

    public string? Query { get; } = query;

    /// <summary>Deadlocks, lock timeouts and the like: running the whole transaction again may succeed.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

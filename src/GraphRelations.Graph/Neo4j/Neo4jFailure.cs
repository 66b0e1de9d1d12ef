using System.Net;

namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// Tells a failure of Neo4j itself (unreachable, timing out, transient, refusing all writes) from a fault of the
/// request: the first becomes a <see cref="StoreUnavailableException"/> (nothing acknowledged, retry later; the API
/// answers 503), the second stays what it is (a document Neo4j refuses, a bug in a statement).
/// </summary>
internal static class Neo4jFailure
{
    // Client errors that say nothing about the statement: the database takes no writes or is not there right now.
    private static readonly HashSet<string> StoreSideClientErrors = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.Database.DatabaseNotFound",
    };

    /// <summary>
    /// Why the store cannot write, in words an operator acts on (no address, no secret); null when the failure is the
    /// request's. A cancellation the caller asked for is the caller's, not the store's.
    /// </summary>
    public static string? UnavailableReason(Exception exception, CancellationToken callerToken) => exception switch
    {
        Neo4jQueryException q when q.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) =>
            $"Neo4j reported a transient error ({q.Code})",
        Neo4jQueryException q when q.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) =>
            $"Neo4j failed to serve the request ({q.Code})",
        Neo4jQueryException q when StoreSideClientErrors.Contains(q.Code) =>
            $"Neo4j does not take writes right now ({q.Code})",
        Neo4jQueryException => null,
        Neo4jAuthenticationException => "Neo4j refused the configured credentials",
        HttpRequestException { StatusCode: { } status } => IsStoreSide(status) ? $"Neo4j answered HTTP {(int)status}" : null,
        HttpRequestException h => $"Neo4j cannot be reached ({h.HttpRequestError})",
        OperationCanceledException when !callerToken.IsCancellationRequested => "Neo4j did not answer in time",
        Polly.Timeout.TimeoutRejectedException => "Neo4j did not answer in time",
        Polly.CircuitBreaker.BrokenCircuitException => "Neo4j failed repeatedly; calls to it are paused for a moment",
        TimeoutException => "Neo4j did not answer in time",
        _ => null,
    };

    private static bool IsStoreSide(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}

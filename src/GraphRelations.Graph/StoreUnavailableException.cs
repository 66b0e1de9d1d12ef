namespace GraphRelations.Graph;

/// <summary>
/// The store cannot durably accept writes right now (disk full, read-only, its file removed or replaced). Nothing was
/// acknowledged; the same write later succeeds or changes nothing. Callers retry: the API answers 503, the inbox keeps the file.
/// </summary>
public sealed class StoreUnavailableException(string reason, Exception? innerException = null)
    : Exception($"The graph store cannot write: {reason}", innerException)
{
    /// <summary>Why, in words an operator acts on (never a path or a secret).</summary>
    public string Reason { get; } = reason;
}

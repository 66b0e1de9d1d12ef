namespace GraphRelations.Graph;

/// <summary>The store's last write fault, if it has not recovered since: what readiness reports.</summary>
public sealed class StoreHealth(TimeProvider clock)
{
    private volatile Fault? _fault;

    public sealed record Fault(string Reason, DateTimeOffset Since);

    public Fault? Current => _fault;

    public void Report(string reason) => _fault = _fault is { } known && known.Reason == reason ? known : new Fault(reason, clock.GetUtcNow());

    public void Clear() => _fault = null;
}

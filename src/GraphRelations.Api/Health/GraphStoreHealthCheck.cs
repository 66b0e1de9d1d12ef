using GraphRelations.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Health;

/// <summary>Ready only when the graph store answers and takes writes; the reason of a write fault is reported.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store, StoreHealth health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await store.PingAsync(cancellationToken))
            {
                return HealthCheckResult.Healthy("The graph store answers.");
            }

            return health.Current is { } fault
                ? HealthCheckResult.Unhealthy($"The graph store cannot write since {fault.Since:u}: {fault.Reason}.")
                : HealthCheckResult.Unhealthy("The graph store does not answer.");
        }
#pragma warning disable CA1031 // Any failure to reach the store means not ready; the reason goes to the log, not the caller.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer.", ex);
        }
    }
}

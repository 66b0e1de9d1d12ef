using GraphRelations.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Health;

/// <summary>Ready only when the graph store answers; a store that is down makes every read fail.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The graph store answers.")
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

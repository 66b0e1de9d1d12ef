using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Seeding;

internal sealed class SeedHealthCheck(SeedProgress progress) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(progress.IsComplete
            ? HealthCheckResult.Healthy("The start-up corpus is loaded.")
            : HealthCheckResult.Unhealthy("The start-up corpus is still loading."));
}

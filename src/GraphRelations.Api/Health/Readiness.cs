using GraphRelations.Api.Seeding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Health;

/// <summary>What <c>/health/ready</c> answers while the start-up corpus loads: 503 and how far the load has got.</summary>
public sealed record SeedLoading(string Status, int FilesLoaded, int FilesTotal);

/// <summary>
/// <c>/health/ready</c>: "loading" (503, with the seed progress) while the start-up corpus loads; then the ready-tagged
/// health checks (the store answers). Loading is an expected state of a starting service, not a failed check, so it is
/// answered before any health check runs and nothing logs it as unhealthy.
/// </summary>
internal static class Readiness
{
    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], CheckAsync).ExcludeFromDescription();

    private static async Task<Results<JsonHttpResult<SeedLoading>, ContentHttpResult>> CheckAsync(
        SeedProgress seed, HealthCheckService health, HttpResponse response, CancellationToken cancellationToken)
    {
        // As the health check middleware does: a proxy must never answer readiness from a cache.
        response.Headers.CacheControl = "no-store, no-cache";
        if (!seed.IsComplete)
        {
            return TypedResults.Json(new SeedLoading("loading", seed.FilesLoaded, seed.FilesTotal), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var report = await health.CheckHealthAsync(check => check.Tags.Contains(HealthTags.Ready), cancellationToken);
        var status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        return TypedResults.Text(report.Status.ToString(), "text/plain", statusCode: status);
    }
}

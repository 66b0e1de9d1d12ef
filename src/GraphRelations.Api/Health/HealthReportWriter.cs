using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Health;

/// <summary>Readiness as plain text: "Healthy", or the status followed by each failing check and why, one per line (no exception details).</summary>
internal static class HealthReportWriter
{
    public static string Describe(HealthReport report) =>
        string.Join("\n", report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description}")
            .Prepend(report.Status.ToString()));
}

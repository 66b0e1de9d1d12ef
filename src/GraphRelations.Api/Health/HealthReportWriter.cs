using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphRelations.Api.Health;

/// <summary>"Healthy", or the status followed by each failing check and why, one per line (plain text, no exception details).</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description}");
        return context.Response.WriteAsync(string.Join("\n", lines.Prepend(report.Status.ToString())));
    }
}

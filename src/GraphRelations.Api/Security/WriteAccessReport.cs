using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Security;

/// <summary>Says at start how writes are guarded, so an open or disabled write endpoint is never a surprise.</summary>
internal sealed partial class WriteAccessReport(IOptions<WriteAccessOptions> options, ILogger<WriteAccessReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.AllowAnonymousWrites)
        {
            LogAnonymous();
        }
        else if (settings.Key is null)
        {
            LogDisabled();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Api:AllowAnonymousWrites is on: anyone who reaches this port can write into the graph. For local development only.")]
    private partial void LogAnonymous();

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No Api:ApiKey is configured: POST /api/documents answers 401. Set Api__ApiKey to enable writes over HTTP.")]
    private partial void LogDisabled();
}

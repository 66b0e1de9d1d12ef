using GraphRelations.Graph;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Extensions;

/// <summary>A service that cannot start says why in one line and exits with 1, instead of a crash and a stack trace.</summary>
internal static partial class StartupFailureExtensions
{
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (Explain(ex) is { } reason)
        {
            LogCannotStart(app.Logger, reason);
            await app.DisposeAsync(); // flushes the console log
            return 1;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>The operator's one line for a failure of configuration or of the store; null for a bug (which keeps its trace).</summary>
    private static string? Explain(Exception ex) => ex switch
    {
        OptionsValidationException invalid => "invalid configuration: " + string.Join(" ", invalid.Failures),
        GraphStoreStartupException store => store.Message,
        IOException or UnauthorizedAccessException => $"{ex.GetType().Name}: {ex.Message}",
        AggregateException { InnerExceptions.Count: 1 } one => Explain(one.InnerException!),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);
}

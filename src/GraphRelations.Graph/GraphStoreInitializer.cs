using GraphRelations.Graph.Embedded;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph;

/// <summary>
/// Applies the schema and reference data when the host starts, so a fresh machine needs no setup step.
/// Idempotent, so hosts that also call <see cref="IGraphStore.InitializeAsync"/> themselves lose nothing.
/// </summary>
/// <remarks>
/// A store server that does not answer yet is retried with back-off for <see cref="EmbeddedStoreOptions.StartupTimeout"/>;
/// after that, or at once for a store that answered with a refusal, start-up fails with a
/// <see cref="GraphStoreStartupException"/> whose message says what to fix.
/// </remarks>
internal sealed partial class GraphStoreInitializer(
    IServiceProvider services,
    IOptions<EmbeddedStoreOptions> options,
    TimeProvider clock,
    ILogger<GraphStoreInitializer> logger)
    : IHostedService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.InitializeOnStart)
        {
            return;
        }

        IGraphStore store;
        try
        {
            store = (IGraphStore)services.GetService(typeof(IGraphStore))!;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new GraphStoreStartupException($"The graph store cannot be set up: {ex.Message}", ex);
        }

        var deadline = clock.GetUtcNow() + options.Value.StartupTimeout;
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
                LogInitialized(logger, store.GetType().Name);
                return;
            }
            catch (Exception ex) when (IsNotAnsweringYet(ex) && !cancellationToken.IsCancellationRequested)
            {
                var left = deadline - clock.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    throw new GraphStoreStartupException(
                        $"The graph store ({store.GetType().Name}) did not answer within {options.Value.StartupTimeout.TotalSeconds:0} s "
                        + $"(GraphStore:StartupTimeout): {ex.Message}", ex);
                }

                var wait = delay < left ? delay : left;
                LogRetrying(logger, store.GetType().Name, attempt, ex.Message, wait.TotalSeconds);
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not GraphStoreStartupException)
            {
                var where = store is EmbeddedGraphStore embedded ? $" at {embedded.FilePath}" : "";
                throw new GraphStoreStartupException($"The graph store ({store.GetType().Name}{where}) refused to start: {ex.Message}", ex);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A server that is not up (yet): connection refused, time-outs, 5xx, Neo4j's transient errors.</summary>
    private static bool IsNotAnsweringYet(Exception ex) =>
        ex is HttpRequestException or TimeoutException
            || ex is TaskCanceledException { InnerException: TimeoutException }
            || ex is Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
            || ex is Neo4jQueryException { IsTransient: true };

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} initialised")]
    private static partial void LogInitialized(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph store {Store} does not answer yet (attempt {Attempt}: {Reason}); retrying in {Seconds:0.#} s")]
    private static partial void LogRetrying(ILogger logger, string store, int attempt, string reason, double seconds);
}

/// <summary>The graph store could not be made ready at start; the message is the one line an operator needs.</summary>
public sealed class GraphStoreStartupException(string message, Exception innerException) : Exception(message, innerException);

using GraphRelations.Graph.Embedded;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph;

/// <summary>
/// Applies the schema and reference data when the host starts, so a fresh machine needs no setup step.
/// Idempotent, so hosts that also call <see cref="IGraphStore.InitializeAsync"/> themselves lose nothing.
/// </summary>
internal sealed partial class GraphStoreInitializer(IGraphStore store, IOptions<EmbeddedStoreOptions> options, ILogger<GraphStoreInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.InitializeOnStart)
        {
            return;
        }

        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        LogInitialized(logger, store.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} initialised")]
    private static partial void LogInitialized(ILogger logger, string store);
}

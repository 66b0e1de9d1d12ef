using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using GraphRelations.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphRelations.Api.Tests;

/// <summary>
/// A service of the test's own (in-memory server, embedded store in a scratch folder removed on dispose) for the start-up
/// behaviours the shared <see cref="ApiHost"/> cannot show: the environment, settings, and the load in progress.
/// </summary>
internal sealed class ScratchService : IAsyncDisposable
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "graphrelations-api-tests-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    public ScratchService(string environment, IDictionary<string, string?>? settings = null, Func<IGraphStore, IGraphStore>? wrapStore = null)
    {
        Directory.CreateDirectory(_workDir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("Neo4j:Uri", "");
            web.UseSetting("GraphStore:EmbeddedPath", Path.Combine(_workDir, "graph.db"));
            web.UseSetting("Ingestion:InboxPath", Path.Combine(_workDir, "inbox"));
            web.UseSetting("Ingestion:ProcessedPath", Path.Combine(_workDir, "processed"));
            web.UseSetting("Ingestion:QuarantinePath", Path.Combine(_workDir, "quarantine"));
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.AddProvider(Logs));
            if (wrapStore is not null)
            {
                web.ConfigureTestServices(services =>
                {
                    var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
                    services.Remove(original);
                    services.AddSingleton(sp => wrapStore((IGraphStore)original.ImplementationFactory!(sp)));
                });
            }
        });
    }

    public LogRecorder Logs { get; } = new();

    public HttpClient CreateClient() => _factory.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_workDir, recursive: true);
    }
}

/// <summary>Every log entry the service writes, by category and level.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}

/// <summary>
/// The real store, whose document writes wait until the test opens the gate: a load that is visibly in progress. A
/// proxy forwards every other member as it is, so the store's interface can grow without touching this test.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy.Create derives from it at run time.
internal class GatedGraphStore : DispatchProxy
#pragma warning restore CA1852
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IGraphStore _store = null!;

    public static IGraphStore Wrap(IGraphStore store, out GatedGraphStore gate)
    {
        var proxy = Create<IGraphStore, GatedGraphStore>();
        gate = (GatedGraphStore)(object)proxy;
        gate._store = store;
        return proxy;
    }

    public void Open() => _open.TrySetResult();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name == nameof(IGraphStore.WriteDocumentAsync)
            ? WriteWhenOpenAsync(targetMethod, args)
            : Forward(targetMethod, args);
    }

    private async Task<WriteOutcome> WriteWhenOpenAsync(MethodInfo write, object?[]? args)
    {
        // A host stopping before the test opened the gate (a failed test) must not hang on it.
        await _open.Task.WaitAsync(args?.OfType<CancellationToken>().FirstOrDefault() ?? CancellationToken.None);
        return await (Task<WriteOutcome>)Forward(write, args)!;
    }

    private object? Forward(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_store, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}

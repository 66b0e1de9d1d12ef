using System.Collections.Concurrent;
using GraphRelations.Extraction.Model;
using GraphRelations.Graph;
using GraphRelations.Graph.Model;
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

/// <summary>The real store, whose document writes wait until the test opens the gate: a load that is visibly in progress.</summary>
internal sealed class GatedGraphStore(IGraphStore store) : IGraphStore
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _open.TrySetResult();

    public async Task<WriteOutcome> WriteDocumentAsync(DocumentRecord document, CancellationToken cancellationToken = default)
    {
        await _open.Task.WaitAsync(cancellationToken);
        return await store.WriteDocumentAsync(document, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => store.DeleteDocumentAsync(documentId, cancellationToken);

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) => store.CountAsync(cancellationToken);

    public Task<IReadOnlyList<TopicSummary>> GetTopicsAsync(CancellationToken cancellationToken = default) => store.GetTopicsAsync(cancellationToken);

    public Task<TopicTimeline?> GetTopicTimelineAsync(string topicId, TimelineFilter filter, CancellationToken cancellationToken = default) =>
        store.GetTopicTimelineAsync(topicId, filter, cancellationToken);

    public Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken = default) => store.FindMeetingsAsync(filter, cancellationToken);

    public Task<MeetingDetail?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default) => store.GetMeetingAsync(meetingId, cancellationToken);

    public Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(CancellationToken cancellationToken = default) => store.GetPeopleAsync(cancellationToken);

    public Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken = default) => store.GetPersonAsync(personId, cancellationToken);

    public Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) => store.GetDocumentAsync(documentId, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => store.PingAsync(cancellationToken);
}

using GraphRelations.Graph;
using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// The real composition (embedded SQLite store, real extractor, ingestion) over a scratch folder:
/// <c>inbox/</c>, <c>processed/</c>, <c>quarantine/</c> and <c>graph.db</c>.
/// </summary>
internal sealed class IngestionHost : IAsyncDisposable
{
    private readonly IHost _host;

    private IngestionHost(IHost host, string root)
    {
        _host = host;
        Root = root;
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Processed => Path.Combine(Root, "processed");

    public string Quarantine => Path.Combine(Root, "quarantine");

    public string Database => Path.Combine(Root, "graph.db");

    public IServiceProvider Services => _host.Services;

    public IGraphStore Store => Services.GetRequiredService<IGraphStore>();

    public DocumentIngestor Ingestor => Services.GetRequiredService<DocumentIngestor>();

    public InboxProcessor Processor => Services.GetRequiredService<InboxProcessor>();

    public IngestionTally Tally => Services.GetRequiredService<IngestionTally>();

    /// <summary>A scratch folder of the test's own, removed at the end of the run (<see cref="ScratchFolders"/>).</summary>
    public static string NewRoot() => ScratchFolders.New();

    /// <summary>
    /// Builds and starts a host; <paramref name="worker"/> adds the watching <see cref="InboxWorker"/>, <paramref name="wrapStore"/>
    /// wraps the real store (to inject a failure around it).
    /// </summary>
    public static async Task<IngestionHost> StartAsync(
        string? root = null,
        bool worker = false,
        IDictionary<string, string?>? settings = null,
        Func<IGraphStore, IGraphStore>? wrapStore = null)
    {
        root ??= NewRoot();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = root });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphStore:EmbeddedPath"] = Path.Combine(root, "graph.db"),
            ["Ingestion:InboxPath"] = Path.Combine(root, "inbox"),
            ["Ingestion:ProcessedPath"] = Path.Combine(root, "processed"),
            ["Ingestion:QuarantinePath"] = Path.Combine(root, "quarantine"),
            ["Ingestion:SettleTime"] = "00:00:00",
            ["Ingestion:RescanInterval"] = "00:00:01",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddIngestion(builder.Configuration);
        if (wrapStore is not null)
        {
            // The real store stays underneath; the wrapper only injects what the test needs around its writes.
            var original = builder.Services.Last(d => d.ServiceType == typeof(IGraphStore));
            builder.Services.Remove(original);
            builder.Services.AddSingleton(sp => wrapStore((IGraphStore)original.ImplementationFactory!(sp)));
        }

        if (worker)
        {
            builder.Services.AddInboxWorker();
        }
        else
        {
            builder.Services.AddInboxProcessor();
        }

        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new IngestionHost(host, root);
    }

    public string Drop(string name, string text)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, name);
        var temporary = Path.Combine(Inbox, "." + name + ".part");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path); // atomic arrival, as a well-behaved sender does it
        return path;
    }

    public string Drop(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, name);
        var temporary = Path.Combine(Inbox, "." + name + ".part");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path);
        return path;
    }

    public string[] InboxFiles() => Directory.Exists(Inbox) ? Directory.GetFiles(Inbox, "*.txt") : [];

    public string[] ProcessedFiles() => Directory.Exists(Processed) ? Directory.GetFiles(Processed) : [];

    /// <summary>Waits until <paramref name="done"/> holds, or fails the test after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeout} waiting for {what}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}

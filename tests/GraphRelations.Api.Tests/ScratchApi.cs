using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphRelations.Api.Tests;

/// <summary>
/// A second, empty service (no start-up corpus) with settings of the test's own, on a real loopback port and a
/// real embedded store in a temporary folder that is removed afterwards.
/// </summary>
internal sealed class ScratchApi : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private ScratchApi(WebApplicationFactory<Program> factory, string root, Uri baseAddress)
    {
        _factory = factory;
        Root = root;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Root { get; }

    public string Database { get; private init; } = "";

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="storeFolder">A subfolder of the root for the store file, so a test can remove or fill it alone.</param>
    public static async Task<ScratchApi> StartAsync(IDictionary<string, string?> settings, string? root = null, string? storeFolder = null)
    {
        root ??= Path.Combine(Path.GetTempPath(), "graphrelations-api-scratch-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var port = LoopbackPort.Free();
        var database = storeFolder is null ? Path.Combine(root, "graph.db") : Path.Combine(root, storeFolder, "graph.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Urls", $"http://127.0.0.1:{port}");
            web.UseSetting("Neo4j:Uri", "");
            web.UseSetting("GraphStore:EmbeddedPath", database);
            web.UseSetting("Ingestion:InboxPath", Path.Combine(root, "inbox"));
            web.UseSetting("Ingestion:ProcessedPath", Path.Combine(root, "processed"));
            web.UseSetting("Ingestion:QuarantinePath", Path.Combine(root, "quarantine"));
            foreach (var (key, value) in settings.Where(setting => setting.Key != "GraphStore:EmbeddedPath"))
            {
                web.UseSetting(key, value);
            }
        });
        factory.UseKestrel(port);
        factory.StartServer();
        var api = new ScratchApi(factory, root, new Uri($"http://127.0.0.1:{port}/")) { Database = database };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            using var response = await api.Client.GetAsync(new Uri("health/live", UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return api;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's /tmp clean-up if something still holds a file.
        }
    }

}

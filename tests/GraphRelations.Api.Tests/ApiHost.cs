using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(GraphRelations.Api.Tests.ApiHost))]
// One host and one store serve every test; tests that write (POST) must not race the ones that count.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace GraphRelations.Api.Tests;

/// <summary>
/// The real service (Program) on a real loopback port, with the embedded store in a temporary file loaded from the
/// shared corpus (seeds and dev) through the start-up corpus load, exactly as the README command does.
/// </summary>
public sealed class ApiHost : IAsyncLifetime
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "graphrelations-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The key writers must present; random per run, as an operator would set it.</summary>
    public string ApiKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>A client that presents <see cref="ApiKey"/>, for the tests that write.</summary>
    public HttpClient Writer { get; private set; } = null!;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!RepositoryPaths.HasCorpus)
        {
            SkipReason = $"The shared corpus is absent ({RepositoryPaths.Corpus}); integration tests need it.";
            return;
        }

        Directory.CreateDirectory(_workDir);
        var port = LoopbackPort.Free();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Urls", $"http://127.0.0.1:{port}");
            // Always the embedded store in a temp file, even where a Neo4j is configured in the environment.
            web.UseSetting("Neo4j:Uri", "");
            web.UseSetting("Api:ApiKey", ApiKey);
            web.UseSetting("GraphStore:EmbeddedPath", Path.Combine(_workDir, "graph.db"));
            web.UseSetting("Ingestion:InboxPath", Path.Combine(_workDir, "inbox"));
            web.UseSetting("Ingestion:ProcessedPath", Path.Combine(_workDir, "processed"));
            web.UseSetting("Ingestion:QuarantinePath", Path.Combine(_workDir, "quarantine"));
            web.UseSetting("Ingestion:SeedPaths:0", Path.Combine(RepositoryPaths.Corpus, "seeds"));
            web.UseSetting("Ingestion:SeedPaths:1", Path.Combine(RepositoryPaths.Corpus, "dev"));
            // "Testing" is not Development: the description the tests read is published by setting (see StartupTests).
            web.UseSetting("Api:ExposeOpenApi", "true");
        });
        _factory.UseKestrel(port);
        _factory.StartServer();

        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Writer = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Writer.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        await WaitUntilReadyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        Writer?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean up with the rest of /tmp.
        }
    }

    /// <summary>Skips the calling test with the reason when the host could not be set up.</summary>
    public void SkipIfUnavailable() => Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var response = await Client.GetAsync(new Uri("health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The service was not ready after 3 minutes: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(200);
        }
    }

}

using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// "A Neo4j to talk to, or the reason there is none" — a class fixture other test projects can reference or
/// copy. Order: <c>NEO4J_URI</c> (+ <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>) when set; otherwise a
/// <c>neo4j:5.26-community</c> container through Testcontainers when a Docker engine answers; otherwise
/// <see cref="SkipReason"/> says why, and tests call <c>Assert.Skip(SkipReason)</c> instead of passing.
/// </summary>
public sealed class Neo4jAvailability : IAsyncLifetime
{
    public const string Image = "neo4j:5.26-community";
    private const string ContainerPassword = "graphrelations-test";
    private IContainer? _container;

    /// <summary>Options pointing at the reachable Neo4j; null when <see cref="SkipReason"/> is set.</summary>
    public Neo4jOptions? Options { get; private set; }

    /// <summary>Why there is no Neo4j (null when there is one).</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            Options = new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty,
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            };
            if (!await AnswersAsync(Options))
            {
                SkipReason = $"NEO4J_URI={uri} is set but Neo4j did not answer a query there.";
                Options = null;
            }

            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await _container.StartAsync(timeout.Token);
            Options = new Neo4jOptions
            {
                Uri = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
                User = "neo4j",
                Password = ContainerPassword,
            };
        }
#pragma warning disable CA1031 // any failure to reach Docker is a reason to skip, reported verbatim
        catch (Exception ex)
#pragma warning restore CA1031
        {
            SkipReason = "No Neo4j: NEO4J_URI is not set and no Docker engine could start " + Image + $" ({ex.GetType().Name}: {FirstLine(ex.Message)}).";
            Options = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    /// <summary>A Query API client for the reachable Neo4j (call only when <see cref="SkipReason"/> is null).</summary>
    public Neo4jQueryClient CreateClient()
    {
        var options = Options ?? throw new InvalidOperationException(SkipReason);
        var http = new HttpClient();
        Neo4jRegistration.ConfigureClient(options, http);
        return new Neo4jQueryClient(http, Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>Empties the database (every node and relationship; the schema stays).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken) =>
        await CreateClient().RunAsync("MATCH (n) DETACH DELETE n", null, cancellationToken, "reset");

    private static async Task<bool> AnswersAsync(Neo4jOptions options)
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            Neo4jRegistration.ConfigureClient(options, http);
            var client = new Neo4jQueryClient(http, Microsoft.Extensions.Options.Options.Create(options));
            var result = await client.RunAsync("RETURN 1 AS ok", null, CancellationToken.None, "probe");
            return result.Rows.Count == 1;
        }
#pragma warning disable CA1031 // unreachable in any way means "skip"
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

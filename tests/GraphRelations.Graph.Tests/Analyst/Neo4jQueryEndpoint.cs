using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace GraphRelations.Graph.Tests.Analyst;

/// <summary>
/// A Neo4j server reachable over its HTTP Query API, found the way the design says: NEO4J_URI (+ NEO4J_USER,
/// NEO4J_PASSWORD, NEO4J_DATABASE) when given, else a Testcontainers neo4j:5.26-community where a Docker engine
/// exists. When neither is there, <see cref="SkipReason"/> says why and the tests that need it skip.
/// </summary>
public sealed class Neo4jQueryEndpoint : IAsyncLifetime
{
    private const string Image = "neo4j:5.26-community";
    private const string ContainerPassword = "analyst-tests-password";
    private IContainer? _container;
    private HttpClient? _http;
    private string _database = "neo4j";

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            if (!uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                SkipReason = $"NEO4J_URI must be Neo4j's HTTP address (e.g. http://localhost:7474), not {uri}.";
                return;
            }

            _database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
            await ConnectAsync(new Uri(uri),
                Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty);
            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
                .WithPortBinding(7474, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474)))
                .Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await _container.StartAsync(timeout.Token);
        }
#pragma warning disable CA1031 // Any failure to get a container means "no Neo4j here"; the reason is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            SkipReason = $"No NEO4J_URI given and no Docker engine for Testcontainers ({e.GetType().Name}: {FirstLine(e.Message)}).";
            return;
        }

        var address = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}");
        await ConnectAsync(address, "neo4j", ContainerPassword);
    }

    private async Task ConnectAsync(Uri address, string user, string password)
    {
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            var ping = await RunAsync("RETURN 1 AS ok", new Dictionary<string, object?>());
            if (ping.Errors.Count > 0)
            {
                SkipReason = $"Neo4j at {address} refused a query: {ping.Errors[0]}";
            }
        }
        catch (HttpRequestException e)
        {
            SkipReason = $"Neo4j at {address} is not reachable: {FirstLine(e.Message)}";
        }
        catch (TaskCanceledException)
        {
            SkipReason = $"Neo4j at {address} did not answer in time.";
        }
    }

    /// <summary>Runs one statement in its own implicit transaction (POST /db/{db}/query/v2).</summary>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        var http = _http ?? throw new InvalidOperationException(SkipReason ?? "Neo4j is not connected.");
        using var response = await http.PostAsJsonAsync(
            new Uri($"db/{Uri.EscapeDataString(_database)}/query/v2", UriKind.Relative),
            new { statement, parameters },
            cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonNode.Parse(body.Length == 0 ? "{}" : body);
        var errors = json?["errors"]?.AsArray().Select(e => $"{e?["code"]}: {e?["message"]}").ToList() ?? [];
        if (!response.IsSuccessStatusCode && errors.Count == 0)
        {
            errors.Add($"HTTP {(int)response.StatusCode}: {body}");
        }

        var fields = json?["data"]?["fields"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var rows = json?["data"]?["values"]?.AsArray().Count ?? 0;
        return new QueryResult(fields, rows, errors);
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>What the Query API answered: the column names, how many rows, and any errors.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, int Rows, IReadOnlyList<string> Errors);

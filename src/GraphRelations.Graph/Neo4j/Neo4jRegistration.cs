using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace GraphRelations.Graph.Neo4j;

/// <summary>Registers the Neo4j adapter: validated options, the typed Query API client with resilience, the Cypher library.</summary>
public static class Neo4jRegistration
{
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Validate(o => o.Uri is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps),
                "Neo4j:Uri must be an absolute http(s) URI of the HTTP endpoint, e.g. http://127.0.0.1:7474.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Neo4j:Database must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.User), "Neo4j:User must not be empty.")
            .Validate(o => !string.IsNullOrEmpty(o.Password), "Neo4j:Password must be set (from configuration or secrets).")
            .ValidateOnStart();

        // Retries with backoff on transient HTTP failures only (5xx, 408, 429, network), kept short: the callers retry
        // on their own scale (start-up until GraphStore:StartupTimeout, the worker per file, the API client on 503).
        // The adapter logs what failed in one line, so the client's own per-request logs are removed.
        services.AddHttpClient<Neo4jQueryClient>(ConfigureClient)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(250));
        // Each retried attempt would otherwise be a warning with the exception's stack trace; they stay visible at Debug.
        services.Configure<TelemetryOptions>(o => o.SeverityProvider = e =>
            e.Event.EventName is "OnRetry" or "ExecutionAttempt" ? ResilienceEventSeverity.Debug : e.Event.Severity);

        services.AddSingleton(_ => new CypherLibrary());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreHealth>(); // write faults, shared with readiness
        services.AddSingleton<Neo4jGraphStore>(sp => ActivatorUtilities.CreateInstance<Neo4jGraphStore>(sp, sp.GetRequiredService<Neo4jQueryClient>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }

    /// <summary>Points a client at Neo4j with basic authentication; shared by DI and tests that build a client by hand.</summary>
    public static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(services);
        ConfigureClient(services.GetRequiredService<IOptions<Neo4jOptions>>().Value, client);
    }

    public static void ConfigureClient(Neo4jOptions options, HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        var root = options.Uri!.ToString();
        client.BaseAddress = new Uri(root.EndsWith('/') ? root : root + "/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }
}

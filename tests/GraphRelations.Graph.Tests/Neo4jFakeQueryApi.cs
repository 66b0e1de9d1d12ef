using System.Net;
using System.Text;
using System.Text.Json;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// Neo4j's HTTP Query API as a test scripts it, for the adapter code that needs no real database (transaction flow,
/// error translation): every request is recorded by the name of the cypher/queries file it runs, and answered with
/// what <see cref="Answer"/> returns for it, in the API's JSON shapes (data.fields/values, errors[{code, message}]).
/// </summary>
internal sealed class Neo4jFakeQueryApi : HttpMessageHandler
{
    private readonly Dictionary<string, string> _names;

    public Neo4jFakeQueryApi(CypherLibrary cypher) =>
        _names = cypher.Names.ToDictionary(n => cypher[n], n => n, StringComparer.Ordinal);

    /// <summary>Each request in order: "begin", a query file's name, "commit" or "rollback".</summary>
    public List<string> Requests { get; } = [];

    /// <summary>The answer to a request by its name (see <see cref="Requests"/>); null gives an empty success.</summary>
    public Func<string, HttpResponseMessage?> Answer { get; set; } = _ => null;

    public static HttpResponseMessage Rows(string[] fields, params object?[][] values) =>
        Json(HttpStatusCode.OK, new { data = new { fields, values } });

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new { errors = new[] { new { code, message } } });

    public static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested(); // as a network handler does
        var path = request.RequestUri!.AbsolutePath;
        string name;
        if (request.Method == HttpMethod.Delete)
        {
            name = "rollback";
        }
        else if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            name = "commit";
        }
        else if (path.EndsWith("/tx", StringComparison.Ordinal))
        {
            name = "begin";
        }
        else
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            var statement = body.RootElement.GetProperty("statement").GetString()!;
            name = _names.GetValueOrDefault(statement, "schema");
        }

        Requests.Add(name);
        return Answer(name) ?? (name == "begin"
            ? Json(HttpStatusCode.Accepted, new { transaction = new { id = "tx1", expires = "2026-12-03T16:00:00Z" } })
            : Rows([]));
    }

    /// <summary>A store over this fake, reporting faults to <paramref name="health"/>; no transient retries, so failures show at once.</summary>
    public Neo4jGraphStore Store(CypherLibrary cypher, StoreHealth health) => Store(new HttpClient(this, disposeHandler: false), cypher, health);

    public static Neo4jGraphStore Store(HttpClient http, CypherLibrary cypher, StoreHealth health)
    {
        var options = new Neo4jOptions { Uri = http.BaseAddress ?? new Uri("http://127.0.0.1:7474"), Password = "test-password", TransientRetries = 0 };
        Neo4jRegistration.ConfigureClient(options, http);
        return new Neo4jGraphStore(
            new Neo4jQueryClient(http, Options.Create(options)), cypher, new TestKnowledge(), Options.Create(options), NullLogger<Neo4jGraphStore>.Instance, health);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Neo4j;

/// <summary>The rows a statement returned: its field names and one array of values per row (plain JSON format).</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public T Value<T>(JsonElement[] row, string field)
    {
        var index = Fields.ToList().IndexOf(field);
        if (index < 0)
        {
            throw new InvalidOperationException($"The query returned no field '{field}'.");
        }

        return row[index].Deserialize<T>(Json)!;
    }

    public IReadOnlyList<T> Values<T>(string field) => [.. Rows.Select(r => Value<T>(r, field))];
}

/// <summary>
/// A typed client for Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): single statements in implicit
/// transactions, and explicit transactions under <c>/query/v2/tx</c> for writes that need several statements.
/// Base address and basic authentication are set where the client is registered.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options)
{
    private readonly string _base = $"db/{Uri.EscapeDataString(options.Value.Database)}/query/v2";

    /// <summary>Runs one statement in its own transaction.</summary>
    public Task<QueryResult> RunAsync(string statement, object? parameters, CancellationToken cancellationToken, string? name = null) =>
        SendAsync(HttpMethod.Post, _base, new { statement, parameters = parameters ?? new { } }, name, cancellationToken);

    /// <summary>Opens an explicit transaction; dispose without committing to roll it back.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"{_base}/tx", new { }, QueryResult.Json, cancellationToken).ConfigureAwait(false);
        using var body = await ReadAsync(response, "begin transaction", cancellationToken).ConfigureAwait(false);
        var id = body.RootElement.GetProperty("transaction").GetProperty("id").GetString()
            ?? throw new InvalidOperationException("Neo4j opened a transaction without an id.");
        return new Neo4jTransaction(this, $"{_base}/tx/{Uri.EscapeDataString(id)}");
    }

    internal async Task<QueryResult> SendAsync(HttpMethod method, string path, object? body, string? name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: QueryResult.Json);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var document = await ReadAsync(response, name, cancellationToken).ConfigureAwait(false);
        return Parse(document.RootElement);
    }

    private async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string? name, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new Neo4jAuthenticationException(
                $"Neo4j at {http.BaseAddress} refused user '{options.Value.User}' (HTTP {(int)response.StatusCode}). Check Neo4j:User and Neo4j:Password.");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        }
        catch (JsonException)
        {
            response.EnsureSuccessStatusCode();
            throw new InvalidOperationException($"Neo4j answered {name ?? "a request"} with something that is not JSON.");
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var error = errors[0];
            var code = error.TryGetProperty("code", out var c) ? c.GetString() ?? "unknown" : "unknown";
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
            document.Dispose();
            if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            {
                throw new Neo4jAuthenticationException($"Neo4j refused user '{options.Value.User}': {code}");
            }

            throw new Neo4jQueryException(code, message, name);
        }

        if (!response.IsSuccessStatusCode)
        {
            document.Dispose();
            throw new HttpRequestException($"Neo4j answered {name ?? "a request"} with HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return document;
    }

    private static QueryResult Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
        {
            return new QueryResult([], []);
        }

        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var rows = data.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.Clone()).ToArray()).ToList();
        return new QueryResult(fields, rows);
    }
}

/// <summary>An open explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string _path;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string path)
    {
        _client = client;
        _path = path;
    }

    public Task<QueryResult> RunAsync(string statement, object? parameters, CancellationToken cancellationToken, string? name = null) =>
        _client.SendAsync(HttpMethod.Post, _path, new { statement, parameters = parameters ?? new { } }, name, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, $"{_path}/commit", new { }, "commit", cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _client.SendAsync(HttpMethod.Delete, _path, null, "rollback", cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Neo4jQueryException or TaskCanceledException)
        {
            // The server rolls back a transaction it has already failed or that times out; nothing more to do.
        }
    }
}

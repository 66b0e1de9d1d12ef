using System.Net;
using System.Net.Sockets;
using GraphRelations.Graph.Neo4j;
using static GraphRelations.Graph.Tests.Neo4jFakeQueryApi;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// What a write does when Neo4j fails, against scripted Query API answers (no server needed): Neo4j's own failures are
/// "unavailable, retry later" (the API's 503) and a readiness fault; a fault in the request stays the request's.
/// </summary>
public sealed class Neo4jWriteFailureTests
{
    private static readonly CypherLibrary Cypher = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<HttpStatusCode, string> StoreSideErrors => new()
    {
        { HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable" },
        { HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected" },
        { HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.LockClientStopped" },
        { HttpStatusCode.InternalServerError, "Neo.DatabaseError.General.UnknownError" },
        { HttpStatusCode.BadRequest, "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" },
    };

    [Theory]
    [MemberData(nameof(StoreSideErrors))]
    public async Task An_error_of_the_database_is_unavailable_and_a_readiness_fault(HttpStatusCode status, string code)
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "write-meetings" ? Error(status, code, "scripted") : null;
        var health = new StoreHealth(TimeProvider.System);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => api.Store(Cypher, health).WriteDocumentAsync(SummitKantei(), Ct));

        Assert.Contains(code, error.Reason, StringComparison.Ordinal);
        Assert.Equal(error.Reason, health.Current?.Reason);
        Assert.DoesNotContain("commit", api.Requests); // nothing acknowledged
    }

    [Fact]
    public async Task A_batch_that_meets_an_unavailable_store_fails_whole_instead_of_blaming_each_document()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "write-statements" ? Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "scripted") : null;
        var health = new StoreHealth(TimeProvider.System);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => api.Store(Cypher, health).WriteDocumentsAsync([SummitKantei(), Ministers()], Ct));

        Assert.Equal(1, api.Requests.Count(r => r == "begin")); // no per-document retry of a store failure
    }

    [Fact]
    public async Task A_5xx_without_a_neo4j_error_is_unavailable()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "begin" ? new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") } : null;
        var health = new StoreHealth(TimeProvider.System);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => api.Store(Cypher, health).DeleteDocumentAsync(Id("a1"), Ct));

        Assert.Equal("Neo4j answered HTTP 502", error.Reason);
        Assert.NotNull(health.Current);
    }

    [Fact]
    public async Task A_neo4j_nobody_listens_for_is_unavailable()
    {
        // A loopback port that was free a moment ago: connecting is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var health = new StoreHealth(TimeProvider.System);

        var store = Store(http, Cypher, health);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteDocumentAsync(SummitKantei(), Ct));

        Assert.Equal("Neo4j cannot be reached (ConnectionError)", error.Reason);
        Assert.Equal(error.Reason, health.Current?.Reason);
        Assert.False(await store.PingAsync(Ct));
    }

    [Fact]
    public async Task A_statement_neo4j_rejects_stays_a_fault_of_the_request_and_not_of_the_store()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "write-mentions" ? Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError", "scripted") : null;
        var health = new StoreHealth(TimeProvider.System);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => api.Store(Cypher, health).WriteDocumentAsync(SummitKantei(), Ct));

        Assert.Equal("Neo.ClientError.Statement.TypeError", error.Code);
        Assert.Null(health.Current);
    }

    [Fact]
    public async Task In_a_batch_a_document_neo4j_rejects_is_reported_alone_and_the_others_are_written()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var transaction = 0;
        api.Answer = name =>
        {
            transaction += name == "begin" ? 1 : 0;
            // The batch (1st transaction) and the second document alone (3rd) are refused; the first alone (2nd) commits.
            return name == "write-statements" && transaction != 2 ? Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.ArgumentError", "scripted") : null;
        };
        var health = new StoreHealth(TimeProvider.System);

        var results = await api.Store(Cypher, health).WriteDocumentsAsync([SummitKantei(), Ministers()], Ct);

        Assert.Equal(WriteOutcome.Inserted, results[0].Outcome);
        Assert.Null(results[1].Outcome);
        Assert.Contains("Neo.ClientError.Statement.ArgumentError", results[1].Error, StringComparison.Ordinal);
        Assert.Null(health.Current);
    }

    [Fact]
    public async Task Readiness_after_a_write_fault_waits_for_a_write_to_succeed_then_clears_it()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var readOnly = true;
        api.Answer = name => readOnly && name is "write-document" or "write-probe"
            ? Error(HttpStatusCode.BadRequest, "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", "scripted")
            : null;
        var health = new StoreHealth(TimeProvider.System);
        var store = api.Store(Cypher, health);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteDocumentAsync(SummitKantei(), Ct));

        // Reads still answer, but the probe's write is refused: not ready.
        Assert.False(await store.PingAsync(Ct));
        Assert.NotNull(health.Current);

        readOnly = false;
        Assert.True(await store.PingAsync(Ct));
        Assert.Null(health.Current);
        // The probe is always rolled back: it never bumps the store version.
        Assert.DoesNotContain("write-store-generation", api.Requests);
    }

    [Fact]
    public async Task A_cancelled_write_is_the_callers_and_not_a_store_fault()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        using var cancelled = new CancellationTokenSource();
        // The caller gives up in the middle of the transaction.
        api.Answer = name =>
        {
            if (name == "write-meetings")
            {
                cancelled.Cancel();
            }

            return null;
        };
        var health = new StoreHealth(TimeProvider.System);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => api.Store(Cypher, health).WriteDocumentAsync(SummitKantei(), cancelled.Token));

        Assert.Null(health.Current);
        Assert.DoesNotContain("commit", api.Requests);
    }
}

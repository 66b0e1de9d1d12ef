using System.Net;
using GraphRelations.Graph.Neo4j;
using static GraphRelations.Graph.Tests.Neo4jFakeQueryApi;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// The Neo4j store version counts committed document writes in the write transaction itself, so a replacement with
/// an unchanged document count and timestamp still changes the ETag. Checked on the transaction each write sends.
/// </summary>
public sealed class Neo4jStoreVersionTests
{
    private static readonly CypherLibrary Cypher = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_document_write_counts_itself_last_before_its_commit()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "write-claim-document" ? Rows(["documentId", "previousVersion"], [SummitKantei().Graph.DocumentId, null]) : null;

        Assert.Equal(WriteOutcome.Inserted, await api.Store(Cypher, new StoreHealth(TimeProvider.System)).WriteDocumentAsync(SummitKantei(), Ct));

        Assert.Equal(["write-store-generation", "commit"], api.Requests[^2..]);
        Assert.Equal(1, api.Requests.Count(r => r == "write-store-generation"));
    }

    [Fact]
    public async Task A_replacement_counts_itself_too_whatever_its_timestamp()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var replaced = SummitKantei(V2);
        api.Answer = name => name == "write-claim-document" ? Rows(["documentId", "previousVersion"], [replaced.Graph.DocumentId, V1]) : null;

        Assert.Equal(WriteOutcome.Replaced, await api.Store(Cypher, new StoreHealth(TimeProvider.System)).WriteDocumentAsync(replaced, Ct));

        Assert.Equal(["write-prune-unsupported", "write-store-generation", "commit"], api.Requests[^3..]);
    }

    [Fact]
    public async Task A_batch_counts_once_and_an_unchanged_one_not_at_all()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var documents = new[] { SummitKantei(), Ministers() };
        string? stored = null;
        api.Answer = name => name == "write-claim-document"
            ? Rows(["documentId", "previousVersion"], [.. documents.Select(d => new object?[] { d.Graph.DocumentId, stored })])
            : null;
        var store = api.Store(Cypher, new StoreHealth(TimeProvider.System));

        await store.WriteDocumentsAsync(documents, Ct);
        Assert.Equal(1, api.Requests.Count(r => r == "write-store-generation"));

        api.Requests.Clear();
        stored = V1;
        Assert.All(await store.WriteDocumentsAsync(documents, Ct), r => Assert.Equal(WriteOutcome.Unchanged, r.Outcome));
        Assert.DoesNotContain("write-store-generation", api.Requests);
        Assert.Equal("rollback", api.Requests[^1]);
    }

    [Fact]
    public async Task A_delete_counts_itself_and_deleting_nothing_does_not()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var deleted = 1;
        api.Answer = name => name == "write-delete-document" ? Rows(["deleted"], [deleted]) : null;
        var store = api.Store(Cypher, new StoreHealth(TimeProvider.System));

        Assert.True(await store.DeleteDocumentAsync(Id("a1"), Ct));
        Assert.Equal(["write-store-generation", "commit"], api.Requests[^2..]);

        api.Requests.Clear();
        deleted = 0;
        Assert.False(await store.DeleteDocumentAsync(Id("a1"), Ct));
        Assert.DoesNotContain("write-store-generation", api.Requests);
    }

    [Fact]
    public async Task The_version_is_the_databases_instance_and_its_write_count()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        var answer = Rows(["instance", "value"], ["1b4e28ba-2fa1-11d2-883f-0016d3cca427", 42]);
        api.Answer = name => name == "read-version" ? answer : null;
        var store = api.Store(Cypher, new StoreHealth(TimeProvider.System));

        Assert.Equal("1b4e28ba-2fa1-11d2-883f-0016d3cca427:42", await store.GetVersionAsync(Ct));

        answer = Rows(["instance", "value"], [null, 0]);
        Assert.Equal("none:0", await store.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task Start_up_creates_the_bookkeeping_node_without_counting_a_write()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);

        await api.Store(Cypher, new StoreHealth(TimeProvider.System)).InitializeAsync(Ct);

        Assert.Contains("write-store-generation-ensure", api.Requests);
        Assert.DoesNotContain("write-store-generation", api.Requests);
        Assert.Contains(
            "CREATE CONSTRAINT store_generation_id IF NOT EXISTS FOR (n:StoreGeneration) REQUIRE n.id IS UNIQUE",
            Cypher.SchemaStatements());
    }

    [Fact]
    public async Task Counts_by_label_report_the_model_and_not_the_bookkeeping_node()
    {
        using var api = new Neo4jFakeQueryApi(Cypher);
        api.Answer = name => name == "read-count-nodes" ? Rows(["label", "count"], ["Meeting", 3], ["StoreGeneration", 1]) : null;

        var counts = await api.Store(Cypher, new StoreHealth(TimeProvider.System)).CountAsync(Ct);

        Assert.Equal(3, counts.Nodes["Meeting"]);
        Assert.DoesNotContain("StoreGeneration", counts.Nodes.Keys);
        Assert.Equal(GraphVocabulary.Labels.Order(StringComparer.Ordinal), counts.Nodes.Keys.Order(StringComparer.Ordinal));
    }
}

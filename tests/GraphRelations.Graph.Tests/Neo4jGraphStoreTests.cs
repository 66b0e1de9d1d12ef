using GraphRelations.Graph.Embedded;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>The contract against Neo4j over the HTTP Query API; skipped, with the reason, when no Neo4j is reachable.</summary>
public sealed class Neo4jGraphStoreTests(Neo4jAvailability neo4j) : GraphStoreContract, IClassFixture<Neo4jAvailability>
{
    protected override async Task<IGraphStore> EmptyStoreAsync()
    {
        Assert.SkipWhen(neo4j.SkipReason is not null, neo4j.SkipReason ?? string.Empty);
        await neo4j.ResetAsync(Ct);
        var store = Open();
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task<IGraphStore> SecondClientAsync() => Task.FromResult<IGraphStore>(Open());

    [Fact]
    public async Task Gives_the_same_answers_as_the_embedded_store()
    {
        var graph = await EmptyStoreAsync();
        var folder = Directory.CreateTempSubdirectory("graphrelations-compare-").FullName;
        try
        {
            using var embedded = new EmbeddedGraphStore(
                Options.Create(new EmbeddedStoreOptions { EmbeddedPath = Path.Combine(folder, "compare.db") }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance);
            await embedded.InitializeAsync(Ct);
            foreach (var document in All())
            {
                Assert.Equal(await embedded.WriteDocumentAsync(document, Ct), await graph.WriteDocumentAsync(document, Ct));
            }

            await Same(s => s.CountAsync(Ct));
            await Same(s => s.GetTopicsAsync(Ct));
            await Same(s => s.GetPeopleAsync(Ct));
            await Same(s => s.FindMeetingsAsync(new Model.MeetingFilter(PageSize: 2), Ct));
            await Same(s => s.FindMeetingsAsync(new Model.MeetingFilter(TopicId: "territorial-issue", PersonId: "shinzo-abe"), Ct));
            foreach (var topic in new TestKnowledge().Topics)
            {
                await Same(s => s.GetTopicTimelineAsync(topic.Id, new Model.TimelineFilter(), Ct));
            }

            foreach (var meeting in new[] { SummitId, MinistersId, PhoneId })
            {
                await Same(s => s.GetMeetingAsync(meeting, Ct));
            }

            foreach (var person in new[] { "shinzo-abe", "vladimir-putin", "fumio-kishida", "sergey-lavrov" })
            {
                await Same(s => s.GetPersonAsync(person, Ct));
            }

            foreach (var document in All())
            {
                await Same(s => s.GetDocumentAsync(document.Graph.DocumentId, Ct));
            }

            async Task Same<T>(Func<IGraphStore, Task<T>> read) => Assert.Equal(Json(await read(embedded)), Json(await read(graph)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_wrong_password_is_a_clear_error_without_the_password()
    {
        Assert.SkipWhen(neo4j.SkipReason is not null, neo4j.SkipReason ?? string.Empty);
        var options = new Neo4jOptions { Uri = neo4j.Options!.Uri, User = neo4j.Options.User, Password = "definitely-wrong-password" };
        using var http = new HttpClient();
        Neo4jRegistration.ConfigureClient(options, http);
        var client = new Neo4jQueryClient(http, Options.Create(options));

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1", null, Ct));
        Assert.DoesNotContain("definitely-wrong-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cypher_error_carries_the_neo4j_code()
    {
        Assert.SkipWhen(neo4j.SkipReason is not null, neo4j.SkipReason ?? string.Empty);
        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => neo4j.CreateClient().RunAsync("RETURN $missing +", null, Ct, "broken"));
        Assert.StartsWith("Neo.ClientError.", error.Code, StringComparison.Ordinal);
    }

    private Neo4jGraphStore Open() => new(
        neo4j.CreateClient(), new CypherLibrary(), new TestKnowledge(), Options.Create(neo4j.Options!), NullLogger<Neo4jGraphStore>.Instance);
}

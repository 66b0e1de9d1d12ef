using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>Batched writes (<see cref="IGraphStore.WriteDocumentsAsync"/>): the same graph and outcomes as one document at a time.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_batch_gives_the_graph_and_outcomes_of_writing_its_documents_one_by_one()
    {
        var batched = await EmptyStoreAsync();
        var results = await batched.WriteDocumentsAsync(All(), Ct);

        Assert.Equal(All().Select(d => d.Graph.DocumentId), results.Select(r => r.DocumentId));
        Assert.All(results, r => Assert.Equal(WriteOutcome.Inserted, r.Outcome));
        var counts = await batched.CountAsync(Ct);
        Assert.Equal(4, counts.Nodes["Document"]);
        Assert.Equal(3, counts.Nodes["Meeting"]);
        Assert.Equal(8, counts.Nodes["Statement"]);
        var summit = Json(await batched.GetMeetingAsync(SummitId, Ct));
        var people = Json(await batched.GetPeopleAsync(Ct));

        // Written again one at a time, every document is unchanged and the graph does not move.
        foreach (var document in All())
        {
            Assert.Equal(WriteOutcome.Unchanged, await batched.WriteDocumentAsync(document, Ct));
        }

        AssertSameCounts(counts, await batched.CountAsync(Ct));
        Assert.Equal(summit, Json(await batched.GetMeetingAsync(SummitId, Ct)));
        Assert.Equal(people, Json(await batched.GetPeopleAsync(Ct)));
    }

    [Fact]
    public async Task A_document_repeated_within_a_batch_or_in_the_next_batch_is_unchanged()
    {
        var store = await EmptyStoreAsync();

        var first = await store.WriteDocumentsAsync([SummitKantei(), Ministers(), SummitKantei()], Ct);
        Assert.Equal([WriteOutcome.Inserted, WriteOutcome.Inserted, WriteOutcome.Unchanged], first.Select(r => r.Outcome));
        var before = await store.CountAsync(Ct);

        var second = await store.WriteDocumentsAsync([Ministers(), SummitKantei()], Ct);
        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Unchanged], second.Select(r => r.Outcome));
        AssertSameCounts(before, await store.CountAsync(Ct));
        Assert.Equal(2, before.Nodes["Document"]);
    }

    [Fact]
    public async Task A_batch_replaces_a_document_with_a_new_extractor_version_beside_new_and_unchanged_ones()
    {
        var store = await EmptyStoreAsync();
        await store.WriteDocumentsAsync([SummitKantei(), Ministers()], Ct);

        var results = await store.WriteDocumentsAsync([Ministers(), SummitKantei(V2), Phone()], Ct);

        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Replaced, WriteOutcome.Inserted], results.Select(r => r.Outcome));
        Assert.Equal(V2, (await store.GetDocumentAsync(Id("a1"), Ct))!.Document.ExtractorVersion);
        Assert.Equal(3, (await store.CountAsync(Ct)).Nodes["Document"]);
        Assert.NotNull(await store.GetMeetingAsync(PhoneId, Ct));
    }

    [Fact]
    public async Task A_document_the_store_refuses_is_reported_and_left_out_whole_while_the_rest_of_its_batch_commits()
    {
        var store = await EmptyStoreAsync();
        var bad = Phone();
        var meeting = bad.Graph.Meetings[0];
        // A person without an id: neither store can key it, so the document cannot be written.
        bad = bad with { Graph = bad.Graph with { Meetings = [meeting with { Participants = [.. meeting.Participants.Select(p => p with { PersonId = null! })] }] } };

        var results = await store.WriteDocumentsAsync([SummitKantei(), bad, Ministers()], Ct);

        Assert.Equal(WriteOutcome.Inserted, results[0].Outcome);
        Assert.False(results[1].Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(results[1].Error));
        Assert.Equal(WriteOutcome.Inserted, results[2].Outcome);

        // Nothing of the refused document is in the graph: no document, no meeting, no statement.
        Assert.Null(await store.GetDocumentAsync(bad.Graph.DocumentId, Ct));
        Assert.Null(await store.GetMeetingAsync(PhoneId, Ct));
        var counts = await store.CountAsync(Ct);
        Assert.Equal(2, counts.Nodes["Document"]);
        Assert.Equal(2, counts.Nodes["Meeting"]);
        Assert.NotNull(await store.GetMeetingAsync(SummitId, Ct));
        Assert.NotNull(await store.GetMeetingAsync(MinistersId, Ct));

        // The good version of that document still goes in afterwards.
        Assert.Equal(WriteOutcome.Inserted, await store.WriteDocumentAsync(Phone(), Ct));
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using GraphRelations.Graph.Model;

namespace GraphRelations.Api.Tests;

public sealed class DocumentTests(ApiHost host)
{
    private sealed record Ingested(string DocumentId, string Outcome, int Meetings, JsonElement Graph);

    [Fact]
    public async Task Post_then_get_round_trips_a_new_document_and_a_repeat_changes_nothing()
    {
        host.SkipIfUnavailable();

        // A seed record plus a line of our own is a new document (new id) about a known meeting.
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "002_bf481c23c62848e1.txt"), TestContext.Current.CancellationToken);
        var text = seed + "\n\nPosted by the API round-trip test " + Guid.NewGuid().ToString("N") + ".\n";

        using var created = await PostAsync(text, "round-trip.txt");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = (await created.Content.ReadAsync<Ingested>())!;
        Assert.Equal("inserted", body.Outcome);
        Assert.Matches("^[0-9a-f]{64}$", body.DocumentId);
        Assert.Equal($"/api/documents/{body.DocumentId}", created.Headers.Location?.OriginalString);
        Assert.True(body.Meetings >= 1);
        Assert.Equal(body.DocumentId, body.Graph.GetProperty("documentId").GetString());

        var stored = await host.Client.GetAsync<StoredDocument>($"api/documents/{body.DocumentId}");
        Assert.Equal("round-trip.txt", stored.Document.Source);
        Assert.Contains("Posted by the API round-trip test", stored.Text, StringComparison.Ordinal);
        Assert.NotEmpty(stored.MeetingIds);

        using var again = await PostAsync(text, "round-trip.txt");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.Content.ReadAsync<Ingested>())!.Outcome);
    }

    [Fact]
    public async Task Extraction_of_a_stored_document_is_the_contract_json_for_it()
    {
        host.SkipIfUnavailable();

        var page = await host.Client.GetAsync<MeetingPage>("api/meetings?from=2011-11-12&to=2011-11-12");
        var meeting = await host.Client.GetAsync<MeetingDetail>($"api/meetings/{page.Items[0].Id}");
        var documentId = meeting.Documents[0].Id;

        using var response = await host.Client.GetAsync(new Uri($"api/documents/{documentId}/extraction", UriKind.Relative), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var contract = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(documentId, contract.GetProperty("documentId").GetString());
        var extracted = Assert.Single(contract.GetProperty("meetings").EnumerateArray());
        Assert.Equal("2011-11-12", extracted.GetProperty("date").GetString());
        Assert.Equal("Honolulu", extracted.GetProperty("city").GetString());
        Assert.NotEmpty(extracted.GetProperty("statements").EnumerateArray());
    }

    [Fact]
    public async Task Text_that_is_not_a_meeting_record_is_quarantined_with_the_reason()
    {
        host.SkipIfUnavailable();

        using var response = await PostAsync("Shopping list\n\nTwo loaves of bread, a dozen eggs and some green tea.\n", "shopping.txt");

        var problem = await ErrorTests.AssertProblemAsync(response, 422, "body");
        Assert.Equal("off-genre", problem.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(5 * 1024 * 1024, "too-large")]
    [InlineData(300 * 1024, "too-many-lines")]
    public async Task A_flooding_record_of_one_sentence_per_line_is_refused_and_the_timeline_is_unchanged(int bytes, string reason)
    {
        host.SkipIfUnavailable();
        var before = await host.Client.GetStringAsync(new Uri("api/topics/territorial-issue/timeline", UriKind.Relative), TestContext.Current.CancellationToken);
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "002_bf481c23c62848e1.txt"), TestContext.Current.CancellationToken);
        var flood = new StringBuilder(seed);
        for (var i = 0; flood.Length < bytes; i++)
        {
            flood.Append(System.Globalization.CultureInfo.InvariantCulture, $"Both sides agreed to continue negotiations on the territorial issue, step {i}.\n");
        }

        using var response = await PostAsync(flood.ToString(), "flood.txt");

        var problem = await ErrorTests.AssertProblemAsync(response, 413, "body");
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await host.Client.GetStringAsync(new Uri("api/topics/territorial-issue/timeline", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task An_empty_body_is_a_bad_request_with_the_reason()
    {
        host.SkipIfUnavailable();

        using var response = await PostAsync("", "empty.txt");

        var problem = await ErrorTests.AssertProblemAsync(response, 400, "body");
        Assert.Equal("empty", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_plain_text_is_refused()
    {
        host.SkipIfUnavailable();

        using var content = new StringContent("{\"text\":\"hello\"}", Encoding.UTF8, "application/json");
        using var response = await host.Writer.PostAsync(new Uri("api/documents", UriKind.Relative), content, TestContext.Current.CancellationToken);

        await ErrorTests.AssertProblemAsync(response, 415, "Content-Type");
    }

    [Fact]
    public async Task A_source_with_control_characters_is_refused()
    {
        host.SkipIfUnavailable();

        using var response = await PostAsync("anything", "bad\u0001name.txt");

        await ErrorTests.AssertProblemAsync(response, 400, "source");
    }

    private async Task<HttpResponseMessage> PostAsync(string text, string source)
    {
        var content = new StringContent(text, Encoding.UTF8, "text/plain");
        return await host.Writer.PostAsync(new Uri($"api/documents?source={Uri.EscapeDataString(source)}", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using GraphRelations.Api.Apis;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Tests;

/// <summary>
/// Repeated reads come from memory (the <c>Age</c> header says a response was served from the cache), yet a read
/// never misses a document that was written before it, errors are never kept, and the cache can be bounded or off.
/// </summary>
public sealed class ResponseCacheTests(ApiHost host)
{
    private const string ScratchKey = "response-cache-test-key-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_repeated_read_is_served_from_memory_with_the_same_body_and_etag_and_still_answers_304()
    {
        host.SkipIfUnavailable();
        var meeting = await host.Client.GetAsync<MeetingDetail>(
            $"api/meetings/{(await host.Client.GetAsync<MeetingPage>("api/meetings?pageSize=1")).Items[0].Id}");
        var person = (await host.Client.GetAsync<List<PersonSummary>>("api/people"))[0];
        string[] urls =
        [
            "api/topics",
            "api/topics/territorial-issue/timeline",
            "api/topics/territorial-issue/timeline?from=2000-01-01&to=2012-12-31",
            "api/meetings",
            "api/meetings?page=2&pageSize=5",
            $"api/meetings/{meeting.Meeting.Id}",
            "api/people",
            $"api/people/{person.Id}",
            $"api/documents/{meeting.Documents[0].Id}",
        ];

        foreach (var url in urls)
        {
            using var first = await GetAsync(host.Client, url);
            using var second = await GetAsync(host.Client, url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.True(second.Headers.Age is not null, $"{url}: the repeated read was not served from the cache");
            Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
            Assert.True(second.Headers.CacheControl!.NoCache, url);

            using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
            using var notModified = await host.Client.SendAsync(conditional, Ct);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(second.Headers.ETag, notModified.Headers.ETag);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Ct));
        }
    }

    [Fact]
    public async Task A_document_written_through_the_api_is_in_the_very_next_read_of_every_cached_list()
    {
        host.SkipIfUnavailable();
        // The seed's document id, from the shared store that already holds it (so nothing changes there).
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "001_45eb141b0ced7bfc.txt"), Ct);
        using var known = await host.Writer.SendAsync(Post(seed), Ct);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        using var knownBody = JsonDocument.Parse(await known.Content.ReadAsStringAsync(Ct));
        var documentId = knownBody.RootElement.GetProperty("documentId").GetString();

        await using var api = await ScratchApi.StartAsync(new Dictionary<string, string?> { ["Api:ApiKey"] = ScratchKey });
        var topics = await api.Client.GetAsync<List<TopicSummary>>("api/topics");
        Assert.All(topics, topic => Assert.Equal(0, topic.MeetingCount));
        // Every answer the write will change is read twice first, so the second copy sits in the cache.
        string[] primed = ["api/meetings", "api/topics", "api/people", .. topics.Select(topic => $"api/topics/{topic.Id}/timeline")];
        foreach (var url in primed)
        {
            using var first = await GetAsync(api.Client, url);
            using var cached = await GetAsync(api.Client, url);
            Assert.True(cached.Headers.Age is not null, $"{url} was not cached before the write");
        }

        Assert.Equal(0, (await api.Client.GetAsync<MeetingPage>("api/meetings")).Total);
        using (var missing = await GetAsync(api.Client, $"api/documents/{documentId}"))
        {
            await ErrorTests.AssertProblemAsync(missing, 404, "id");
        }

        using var posted = await api.Client.SendAsync(Post(seed, ScratchKey), Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var meetings = await api.Client.GetAsync<MeetingPage>("api/meetings");
        Assert.True(meetings.Total > 0, "the meeting list still answered from before the write");
        var discussed = (await api.Client.GetAsync<List<TopicSummary>>("api/topics")).Where(topic => topic.MeetingCount > 0).ToList();
        Assert.NotEmpty(discussed);
        foreach (var topic in discussed)
        {
            var timeline = await api.Client.GetAsync<TimelinePage>($"api/topics/{topic.Id}/timeline");
            Assert.Equal(topic.MeetingCount, timeline.Total);
            Assert.NotEmpty(timeline.Entries);
        }

        Assert.NotEmpty(await api.Client.GetAsync<List<PersonSummary>>("api/people"));
        // The 404 of a moment ago was not kept: the document and its meeting are there now.
        var document = await api.Client.GetAsync<StoredDocument>($"api/documents/{documentId}");
        Assert.Contains(meetings.Items[0].Id, document.MeetingIds);
        Assert.Equal(meetings.Items[0].Id, (await api.Client.GetAsync<MeetingDetail>($"api/meetings/{meetings.Items[0].Id}")).Meeting.Id);
    }

    [Fact]
    public async Task Errors_are_never_served_from_the_cache_and_do_not_disturb_the_valid_reads_of_the_same_endpoint()
    {
        host.SkipIfUnavailable();
        foreach (var (url, status, field) in new[]
        {
            ("api/meetings/no-such-meeting", 404, "id"),
            ("api/topics/no-such-topic/timeline", 404, "id"),
            ("api/meetings?pageSize=0", 400, "pageSize"),
            ("api/topics/territorial-issue/timeline?from=yesterday", 400, "from"),
        })
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                using var response = await GetAsync(host.Client, url);
                await ErrorTests.AssertProblemAsync(response, status, field);
                Assert.True(response.Headers.Age is null, $"{url} was answered from the cache");
                Assert.Null(response.Headers.ETag);
            }
        }

        var page = await host.Client.GetAsync<MeetingPage>("api/meetings?pageSize=3");
        Assert.Equal(3, page.Items.Count);
        var timeline = await host.Client.GetAsync<TimelinePage>("api/topics/territorial-issue/timeline");
        Assert.True(timeline.Total > 0);
    }

    [Fact]
    public async Task With_the_cache_switched_off_every_read_is_answered_afresh_and_etags_still_work()
    {
        await using var api = await ScratchApi.StartAsync(new Dictionary<string, string?> { ["Api:ResponseCache:Enabled"] = "false" });

        using var first = await GetAsync(api.Client, "api/topics");
        using var second = await GetAsync(api.Client, "api/topics");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));

        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("api/topics", UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        using var notModified = await api.Client.SendAsync(conditional, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_memory_bound_is_configured_and_a_response_over_the_per_response_limit_is_served_but_not_kept()
    {
        await using var api = await ScratchApi.StartAsync(new Dictionary<string, string?>
        {
            ["Api:ResponseCache:SizeLimitMegabytes"] = "8",
            ["Api:ResponseCache:MaximumResponseKilobytes"] = "1",
        });
        var output = api.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;
        Assert.Equal(8L * 1024 * 1024, output.SizeLimit);
        Assert.Equal(1024L, output.MaximumBodySize);

        // The taxonomy is several kilobytes even in an empty store; an empty meeting page is a few bytes.
        using var large = await GetAsync(api.Client, "api/topics");
        using var largeAgain = await GetAsync(api.Client, "api/topics");
        Assert.True((await largeAgain.Content.ReadAsByteArrayAsync(Ct)).Length > 1024);
        Assert.Null(largeAgain.Headers.Age);

        using var small = await GetAsync(api.Client, "api/meetings?pageSize=1");
        using var smallAgain = await GetAsync(api.Client, "api/meetings?pageSize=1");
        Assert.True((await smallAgain.Content.ReadAsByteArrayAsync(Ct)).Length < 1024);
        Assert.NotNull(smallAgain.Headers.Age);
    }

    [Fact]
    public async Task A_bound_that_cannot_work_stops_the_start_naming_the_setting()
    {
        var root = Directory.CreateTempSubdirectory("graphrelations-cache-").FullName;
        try
        {
            using var service = ApiProcess.Start(root, "--Urls=http://127.0.0.1:0", "--GraphStore:EmbeddedPath=graph.db",
                "--Api:ResponseCache:SizeLimitMegabytes=0");
            await service.WaitForExitAsync(TimeSpan.FromSeconds(90));

            Assert.Equal(1, service.ExitCode);
            Assert.Contains("Cannot start: invalid configuration: Api:ResponseCache:SizeLimitMegabytes must be at least 1", service.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", service.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative), Ct);

    private static HttpRequestMessage Post(string text, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/documents?source=response-cache-test.txt", UriKind.Relative))
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}

using System.Net;
using System.Net.Http.Headers;
using GraphRelations.Api.Apis;
using GraphRelations.Graph.Model;

namespace GraphRelations.Api.Tests;

public sealed class TimelineTests(ApiHost host)
{
    private static readonly DateOnly[] SeedMeetings =
    [
        new(2004, 11, 21), new(2011, 11, 11), new(2011, 11, 12), new(2012, 6, 18), new(2017, 11, 10),
    ];

    [Fact]
    public async Task Territorial_issue_timeline_lists_the_seed_meetings_in_date_order_each_with_statements()
    {
        host.SkipIfUnavailable();

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?pageSize=100");

        Assert.Equal("territorial-issue", timeline.TopicId);
        Assert.Equal(timeline.Total, timeline.Entries.Count);
        // Date order; meetings whose date the text does not give come last.
        var dates = timeline.Entries.Select(entry => entry.Meeting.Date).ToList();
        var dated = dates.TakeWhile(date => date is not null).ToList();
        Assert.All(dates.Skip(dated.Count), date => Assert.Null(date));
        Assert.Equal(dated.Order().ToList(), dated);

        var positions = SeedMeetings.Select(seed => dates.IndexOf(seed)).ToList();
        Assert.All(positions.Zip(SeedMeetings), pair => Assert.True(pair.First >= 0, $"no meeting on {pair.Second} in the timeline"));
        Assert.Equal(positions.Order().ToList(), positions);

        foreach (var seed in SeedMeetings)
        {
            var entry = timeline.Entries.First(e => e.Meeting.Date == seed);
            Assert.NotEmpty(entry.Agreements.Concat(entry.Positions));
            Assert.NotEmpty(entry.Meeting.Participants);
            Assert.All(entry.Agreements, statement => Assert.Equal("agreement", statement.Kind));
            Assert.All(entry.Positions, statement => Assert.NotEqual("agreement", statement.Kind));
        }
    }

    [Fact]
    public async Task Every_timeline_statement_quotes_its_source_document_at_its_offsets()
    {
        host.SkipIfUnavailable();

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?pageSize=100");
        var statements = timeline.Entries.SelectMany(entry => entry.Agreements.Concat(entry.Positions)).ToList();
        Assert.NotEmpty(statements);

        var documents = new Dictionary<string, StoredDocument>();
        foreach (var statement in statements)
        {
            var id = statement.Source.DocumentId;
            if (!documents.TryGetValue(id, out var document))
            {
                document = documents[id] = await host.Client.GetAsync<StoredDocument>($"api/documents/{id}");
            }

            Assert.Equal(statement.Text, document.Text[statement.Source.Start..statement.Source.End]);
        }
    }

    [Fact]
    public async Task Timeline_filters_narrow_by_date_range_and_meeting_kind()
    {
        host.SkipIfUnavailable();

        var window = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?from=2011-01-01&to=2012-12-31");
        Assert.Contains(window.Entries, entry => entry.Meeting.Date == new DateOnly(2011, 11, 12));
        Assert.All(window.Entries, entry => Assert.InRange(entry.Meeting.Date!.Value, new DateOnly(2011, 1, 1), new DateOnly(2012, 12, 31)));

        var ministers = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?kind=foreign-ministers");
        Assert.Contains(ministers.Entries, entry => entry.Meeting.Date == new DateOnly(2011, 11, 11));
        Assert.All(ministers.Entries, entry => Assert.Equal("foreign-ministers", entry.Meeting.Kind));

        var putin = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?person=vladimir-putin");
        Assert.NotEmpty(putin.Entries);
        Assert.All(putin.Entries, entry => Assert.Contains(entry.Meeting.Participants, p => p.PersonId == "vladimir-putin"));
        Assert.DoesNotContain(putin.Entries, entry => entry.Meeting.Date == new DateOnly(2011, 11, 12));
    }

    [Fact]
    public async Task Topics_list_the_taxonomy_with_meeting_counts_and_first_and_last_dates()
    {
        host.SkipIfUnavailable();

        var topics = await host.Client.GetAsync<List<TopicSummary>>("api/topics");

        string[] required = ["bilateral-relations", "territorial-issue", "peace-treaty", "economy", "energy", "security", "north-korea", "political-dialogue"];
        Assert.All(required, id => Assert.Contains(topics, topic => topic.Id == id));
        Assert.Equal("territorial-issue", topics.Single(t => t.Id == "peace-treaty").ParentId);

        var territorial = topics.Single(t => t.Id == "territorial-issue");
        Assert.True(territorial.MeetingCount >= SeedMeetings.Length, $"territorial-issue has {territorial.MeetingCount} meetings");
        Assert.True(territorial.FirstMeeting <= SeedMeetings[0]);
        Assert.True(territorial.LastMeeting >= SeedMeetings[^1]);

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline");
        Assert.Equal(territorial.MeetingCount, timeline.Total);
    }

    [Fact]
    public async Task Timeline_pages_differ_share_the_total_and_link_to_each_other()
    {
        host.SkipIfUnavailable();

        var all = await host.Client.GetAsync<TimelinePage>("api/topics/territorial-issue/timeline?pageSize=100");
        Assert.True(all.Total > 10, $"the corpus has {all.Total} territorial-issue meetings");
        var first = await host.Client.GetAsync<TimelinePage>("api/topics/territorial-issue/timeline?pageSize=5");
        var second = await host.Client.GetAsync<TimelinePage>(first.Next!.TrimStart('/'));

        Assert.Equal((1, 5, all.Total), (first.Page, first.PageSize, first.Total));
        Assert.Equal((2, 5, all.Total), (second.Page, second.PageSize, second.Total));
        Assert.Equal(all.Entries.Take(5).Select(e => e.Meeting.Id), first.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(all.Entries.Skip(5).Take(5).Select(e => e.Meeting.Id), second.Entries.Select(e => e.Meeting.Id));
        Assert.Null(first.Previous);
        Assert.Equal(first.Entries.Select(e => e.Meeting.Id), (await host.Client.GetAsync<TimelinePage>(second.Previous!.TrimStart('/'))).Entries.Select(e => e.Meeting.Id));
        // What was new is judged on the whole history, so a later page shows the same as the whole timeline does.
        Assert.Equal(all.Entries.Skip(5).Take(5).Select(e => e.NewMentions.Count), second.Entries.Select(e => e.NewMentions.Count));

        var lastPage = (all.Total + 4) / 5;
        var last = await host.Client.GetAsync<TimelinePage>($"api/topics/territorial-issue/timeline?pageSize=5&page={lastPage}");
        Assert.Null(last.Next);
        Assert.Equal(all.Entries.Skip((lastPage - 1) * 5).Select(e => e.Meeting.Id), last.Entries.Select(e => e.Meeting.Id));
    }

    [Fact]
    public async Task Statements_are_capped_per_meeting_with_the_full_count_and_a_link_to_the_meeting()
    {
        host.SkipIfUnavailable();

        var capped = await host.Client.GetAsync<TimelinePage>("api/topics/territorial-issue/timeline?pageSize=100&statementsPerMeeting=1");
        var full = await host.Client.GetAsync<TimelinePage>("api/topics/territorial-issue/timeline?pageSize=100&statementsPerMeeting=50");
        Assert.All(capped.Entries, e => Assert.True(e.Agreements.Count + e.Positions.Count <= 1));
        Assert.Equal(full.Entries.Select(e => e.StatementCount), capped.Entries.Select(e => e.StatementCount));
        Assert.Equal(full.Entries.Select(e => e.Agreements.Count + e.Positions.Count), full.Entries.Select(e => e.StatementCount));

        var cut = capped.Entries.First(e => e.StatementCount > 1);
        var meeting = await host.Client.GetAsync<MeetingDetail>(cut.MeetingUrl.TrimStart('/'));
        Assert.Equal(cut.Meeting.Id, meeting.Meeting.Id);
        Assert.True(meeting.Statements.Count >= cut.StatementCount);
        // Agreements come first when the cap cuts.
        Assert.All(capped.Entries.Zip(full.Entries), pair => Assert.Equal(pair.Second.Agreements.Count > 0, pair.First.Agreements.Count > 0));
    }

    [Fact]
    public async Task Reads_carry_an_etag_answer_304_while_unchanged_and_change_when_a_document_is_ingested()
    {
        host.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        string[] urls = ["api/topics", "api/topics/territorial-issue/timeline", "api/meetings?page=2", "api/people"];

        var before = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var url in urls)
        {
            using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.ETag!.IsWeak);
            Assert.True(response.Headers.CacheControl!.NoCache);
            before[url] = response.Headers.ETag;

            using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            conditional.Headers.IfNoneMatch.Add(response.Headers.ETag);
            using var notModified = await host.Client.SendAsync(conditional, ct);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(ct));
            Assert.Equal(response.Headers.ETag, notModified.Headers.ETag);
        }

        // A new record (a seed with a line of its own, so a new document) is ingested through the API.
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "001_45eb141b0ced7bfc.txt"), ct);
        using var content = new StringContent(seed + "\n\nETag test copy.\n", System.Text.Encoding.UTF8, "text/plain");
        using var posted = await host.Writer.PostAsync(new Uri("api/documents?source=etag-test.txt", UriKind.Relative), content, ct);
        posted.EnsureSuccessStatusCode();

        foreach (var url in urls)
        {
            using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            conditional.Headers.IfNoneMatch.Add(before[url]);
            using var response = await host.Client.SendAsync(conditional, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(before[url], response.Headers.ETag);
        }
    }
}

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

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline");

        Assert.Equal("territorial-issue", timeline.TopicId);
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

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline");
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
        Assert.Equal(territorial.MeetingCount, timeline.Entries.Count);
    }
}

using System.Text.Json;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;

namespace GraphRelations.Graph.Neo4j;

/// <summary>The read side: each query returns maps shaped like the read models, deserialised as they come.</summary>
public sealed partial class Neo4jGraphStore
{
    private readonly StoreReadCache _readCache = new();

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var counts = GraphVocabulary.NewCounts();
        var nodes = await QueryAsync("read-count-nodes", null, cancellationToken).ConfigureAwait(false);
        foreach (var row in nodes.Rows)
        {
            counts.AddNodes(nodes.Value<string>(row, "label"), nodes.Value<long>(row, "count"));
        }

        var relationships = await QueryAsync("read-count-relationships", null, cancellationToken).ConfigureAwait(false);
        foreach (var row in relationships.Rows)
        {
            counts.AddRelationships(relationships.Value<string>(row, "type"), relationships.Value<long>(row, "count"));
        }

        return counts.Build();
    }

    public async Task<string> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync("read-version", null, cancellationToken).ConfigureAwait(false);
        var row = result.Rows[0];
        return $"{result.Value<string?>(row, "instance") ?? "none"}:{result.Value<long>(row, "value")}";
    }

    public async Task<bool> TopicExistsAsync(string topicId, CancellationToken cancellationToken = default) =>
        (await QueryAsync("read-topic", new { topicId }, cancellationToken).ConfigureAwait(false)).Rows.Count > 0;

    public async Task<bool> PersonExistsAsync(string personId, CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync("read-person-exists", new { personId }, cancellationToken).ConfigureAwait(false);
        return result.Value<bool>(result.Rows[0], "found");
    }

    // The counts cover the whole graph, so they are computed once per store version.
    public async Task<IReadOnlyList<TopicSummary>> GetTopicsAsync(CancellationToken cancellationToken = default) =>
        await _readCache.GetOrComputeAsync<IReadOnlyList<TopicSummary>>(
            await GetVersionAsync(cancellationToken).ConfigureAwait(false),
            "topics",
            async () => (await QueryAsync("read-topics", null, cancellationToken).ConfigureAwait(false)).Values<TopicSummary>("topic"))
            .ConfigureAwait(false);

    public async Task<TopicTimeline?> GetTopicTimelineAsync(string topicId, TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var topic = await QueryAsync("read-topic", new { topicId }, cancellationToken).ConfigureAwait(false);
        if (topic.Rows.Count == 0)
        {
            return null;
        }

        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        var meetings = await MeetingPageAsync(
            version, new MeetingFilter(filter.From, filter.To, filter.PersonId, topicId, filter.Kind, filter.Page, filter.PageSize), cancellationToken)
            .ConfigureAwait(false);
        var items = meetings.Items;
        var statements = await QueryAsync(
            "read-timeline-statements",
            new { topicId, meetingIds = items.Select(m => m.Id).ToArray(), limit = Math.Max(1, filter.StatementsPerMeeting) },
            cancellationToken).ConfigureAwait(false);
        var novelty = await _readCache.GetOrComputeAsync(
            version, "novelty:" + topicId, () => NoveltyAsync(topicId, cancellationToken)).ConfigureAwait(false);

        return TimelineAssembler.Build(
            topicId,
            topic.Value<string>(topic.Rows[0], "name"),
            meetings,
            [.. statements.Rows.Select(r => new TimelineStatement(
                statements.Value<string>(r, "meetingId"),
                statements.Value<StatementView>(r, "statement"),
                (int)statements.Value<long>(r, "total")))],
            novelty);
    }

    private async Task<TopicNovelty> NoveltyAsync(string topicId, CancellationToken cancellationToken)
    {
        var subtopics = await QueryAsync("read-timeline-first-subtopics", new { topicId }, cancellationToken).ConfigureAwait(false);
        var mentions = await QueryAsync("read-timeline-first-mentions", new { topicId }, cancellationToken).ConfigureAwait(false);
        return new TopicNovelty(
            subtopics.Rows.Select(r => (subtopics.Value<string>(r, "subtopicId"), subtopics.Value<string>(r, "meetingId"))),
            mentions.Rows.Select(r => (mentions.Value<NamedThing>(r, "thing"), mentions.Value<string>(r, "meetingId"))));
    }

    public async Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await MeetingPageAsync(await GetVersionAsync(cancellationToken).ConfigureAwait(false), filter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of a filtered meeting list: where it lies comes from the list's per-day counts (kept per store version),
    /// then the page reads its own rows only, dated by a range seek on Meeting.date, undated by id.
    /// </summary>
    private async Task<MeetingPage> MeetingPageAsync(string version, MeetingFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var scope = MeetingListScope.Of(filter);
        var index = await _readCache.GetOrComputeAsync(version, scope.CacheKey, () => MeetingListIndexAsync(scope, cancellationToken)).ConfigureAwait(false);
        var plan = index.Plan((long)(page - 1) * size, size);
        var items = new List<MeetingSummary>(size);
        if (plan.Dated is { } dated)
        {
            var rows = await QueryAsync(scope.Query("dated-page"), scope.DatedPageParameters(dated), cancellationToken).ConfigureAwait(false);
            items.AddRange(rows.Values<MeetingSummary>("meeting"));
        }

        if (plan.Undated is { } undated)
        {
            var rows = await QueryAsync(scope.Query("undated-page"), scope.UndatedPageParameters(undated), cancellationToken).ConfigureAwait(false);
            items.AddRange(rows.Values<MeetingSummary>("meeting"));
        }

        return new MeetingPage(items, page, size, checked((int)index.Total));
    }

    private async Task<MeetingListIndex> MeetingListIndexAsync(MeetingListScope scope, CancellationToken cancellationToken)
    {
        var days = await QueryAsync(scope.Query("dates"), scope.DaysParameters(), cancellationToken).ConfigureAwait(false);
        long undated = 0;
        if (scope.IncludesUndated)
        {
            var count = await QueryAsync(scope.Query("undated-count"), scope.UndatedCountParameters(), cancellationToken).ConfigureAwait(false);
            undated = count.Value<long>(count.Rows[0], "total");
        }

        return new MeetingListIndex(days.Rows.Select(r => (days.Value<string>(r, "date"), days.Value<long>(r, "meetings"))), undated);
    }

    public async Task<MeetingDetail?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default) =>
        Single<MeetingDetail>(await QueryAsync("read-meeting", new { meetingId }, cancellationToken).ConfigureAwait(false), "detail");

    public async Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(CancellationToken cancellationToken = default) =>
        await _readCache.GetOrComputeAsync<IReadOnlyList<PersonSummary>>(
            await GetVersionAsync(cancellationToken).ConfigureAwait(false),
            "people",
            async () => (await QueryAsync("read-people", null, cancellationToken).ConfigureAwait(false)).Values<PersonSummary>("person"))
            .ConfigureAwait(false);

    public async Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken = default) =>
        Single<PersonDetail>(await QueryAsync("read-person", new { personId, recentMeetings = PersonDetail.RecentMeetingLimit }, cancellationToken).ConfigureAwait(false), "detail");

    public async Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Single<StoredDocument>(await QueryAsync("read-document", new { documentId }, cancellationToken).ConfigureAwait(false), "document");

    private static T? Single<T>(QueryResult result, string field)
        where T : class =>
        result.Rows.Count == 0 ? null : result.Value<T>(result.Rows[0], field);

    internal static JsonSerializerOptions Json => QueryResult.Json;
}

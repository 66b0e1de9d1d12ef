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
        return $"{result.Value<long>(row, "documents")}:{result.Value<string?>(row, "latest")}:{result.Value<string?>(row, "latestId")}";
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
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var scope = new { topicId, from = IsoDateText(filter.From), to = IsoDateText(filter.To), kind = filter.Kind, personId = filter.PersonId };
        var total = await QueryAsync("read-timeline-count", scope, cancellationToken).ConfigureAwait(false);
        var meetings = await QueryAsync(
            "read-timeline-meetings",
            new { scope.topicId, scope.from, scope.to, scope.kind, scope.personId, skip = (long)(page - 1) * size, limit = size },
            cancellationToken).ConfigureAwait(false);
        var items = meetings.Values<MeetingSummary>("meeting");
        var statements = await QueryAsync(
            "read-timeline-statements",
            new { topicId, meetingIds = items.Select(m => m.Id).ToArray(), limit = Math.Max(1, filter.StatementsPerMeeting) },
            cancellationToken).ConfigureAwait(false);
        var novelty = await _readCache.GetOrComputeAsync(
            version, "novelty:" + topicId, () => NoveltyAsync(topicId, cancellationToken)).ConfigureAwait(false);

        return TimelineAssembler.Build(
            topicId,
            topic.Value<string>(topic.Rows[0], "name"),
            new MeetingPage(items, page, size, (int)total.Value<long>(total.Rows[0], "total")),
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
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var from = IsoDateText(filter.From);
        var to = IsoDateText(filter.To);
        var total = await QueryAsync("read-meetings-count", new { from, to, kind = filter.Kind, personId = filter.PersonId, topicId = filter.TopicId }, cancellationToken)
            .ConfigureAwait(false);
        var items = await QueryAsync(
            "read-meetings-page",
            new { from, to, kind = filter.Kind, personId = filter.PersonId, topicId = filter.TopicId, skip = (long)(page - 1) * size, limit = size },
            cancellationToken).ConfigureAwait(false);
        return new MeetingPage(items.Values<MeetingSummary>("meeting"), page, size, (int)total.Value<long>(total.Rows[0], "total"));
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
        Single<PersonDetail>(await QueryAsync("read-person", new { personId }, cancellationToken).ConfigureAwait(false), "detail");

    public async Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Single<StoredDocument>(await QueryAsync("read-document", new { documentId }, cancellationToken).ConfigureAwait(false), "document");

    private static T? Single<T>(QueryResult result, string field)
        where T : class =>
        result.Rows.Count == 0 ? null : result.Value<T>(result.Rows[0], field);

    private static string? IsoDateText(DateOnly? date) => Writing.IsoDate.Format(date);

    internal static JsonSerializerOptions Json => QueryResult.Json;
}
